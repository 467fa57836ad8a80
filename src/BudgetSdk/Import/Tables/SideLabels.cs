using BudgetSdk.Import.Text;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Import.Tables;

/// <summary>
/// The labels T1 and T4 print on each side: the template's income and expense lines and the fixed total lines. A
/// label is matched by its comparison key, so wrapping, spaces and bracket widths do not matter.
/// </summary>
internal sealed class SideLabels
{
    private static readonly string[] FixedIncome = ["本年收入合计", "上年结转结余", "收入总计", "年初财政拨款结转和结余"];
    private static readonly string[] FixedExpense = ["本年支出合计", "年终结转结余", "支出总计", "年末财政拨款结转和结余"];

    private readonly string[] _income;
    private readonly string[] _expense;
    private readonly HashSet<string> _incomeKeys;
    private readonly HashSet<string> _expenseKeys;
    private readonly bool _hasTemplate;

    public SideLabels(TableId id, DisclosureTemplate? template)
    {
        _hasTemplate = template is not null;
        var incomeLines = template is null ? [] : (id == TableId.T4 ? template.T4Income : template.T1Income).Lines.Select(l => l.Label);
        var expenseLines = template is null ? [] : template.ExpenseLines.Lines.Select(l => l.Label);
        _income = [.. incomeLines, .. FixedIncome];
        _expense = [.. expenseLines, .. FixedExpense];
        _incomeKeys = _income.Select(Names.Key).ToHashSet(StringComparer.Ordinal);
        _expenseKeys = _expense.Select(Names.Key).ToHashSet(StringComparer.Ordinal);
    }

    public IEnumerable<string> Income => _income;

    public IEnumerable<string> Expense => _expense;

    public bool IsKnown(string label) => label.Length > 0 && (_incomeKeys.Contains(Names.Key(label)) || _expenseKeys.Contains(Names.Key(label)));

    public bool IsIncome(string word) => BeginsOne(_incomeKeys, word);

    /// <summary>True when the word is (the start of) an expense line; without a template, a word ending in 支出.</summary>
    public bool IsExpense(string word)
        => BeginsOne(_expenseKeys, word) || (!_hasTemplate && Names.Key(word).EndsWith("支出", StringComparison.Ordinal));

    /// <summary>True when the word starts a new label on the expense side rather than continuing the income label.</summary>
    public bool StartsExpense(string word) => IsExpense(word) || ChineseNumerals.StartsWithOrdinal(word);

    private static bool BeginsOne(HashSet<string> keys, string word)
    {
        var key = Names.Key(word);
        return key.Length >= 2 && keys.Any(k => k.StartsWith(key, StringComparison.Ordinal));
    }
}
