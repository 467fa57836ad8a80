using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Templates;

namespace BudgetSdk.Rules;

/// <summary>What the rules look at, and where they report.</summary>
internal sealed class RuleContext
{
    private readonly List<Problem> _problems = new();

    public RuleContext(DisclosureFacts facts, DisclosureTemplate? template, IReadOnlyList<string> missingTemplateParts)
    {
        Facts = facts;
        Template = template;
        MissingTemplateParts = missingTemplateParts;
    }

    /// <summary>The template parts the schema lacks for the year and region.</summary>
    public IReadOnlyList<string> MissingTemplateParts { get; }

    public DisclosureFacts Facts { get; }

    /// <summary>The template, or null when the schema has none (reported by <see cref="RuleCatalog.Template"/>).</summary>
    public DisclosureTemplate? Template { get; }

    public IReadOnlyList<Problem> Problems => _problems;

    public void Add(IEnumerable<Problem> problems) => _problems.AddRange(problems);

    public void Report(Rule rule, string location, string message, string? expected = null, string? actual = null)
        => _problems.Add(new Problem(rule.Id, rule.Severity, location, message, expected, actual));

    /// <summary>Reports when two exact amounts differ, printing them as tables would.</summary>
    public void ReportUnequal(Rule rule, string location, Money expected, Money actual, string message)
    {
        if (expected != actual)
        {
            Report(rule, location, message, expected.ToString(), actual.ToString());
        }
    }

    /// <summary>The exact spending on a functional code and its descendants, optionally filtered.</summary>
    public Money SpendingUnder(string code, Func<Spending, bool>? filter = null)
        => Money.Sum(Facts.Spending.Where(s => s.Code.Code.StartsWith(code, StringComparison.Ordinal) && (filter?.Invoke(s) ?? true)).Select(s => s.Amount));

    /// <summary>The exact 基本支出 (T6) on an economic code and its descendants.</summary>
    public Money BasicUnder(string code)
        => Money.Sum(Facts.BasicExpenditures.Where(b => b.Code.Code.StartsWith(code, StringComparison.Ordinal)).Select(b => b.Total));
}
