using BudgetSdk.Facts;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Rules;

/// <summary>
/// The soft checks' figures read off tables (T3, T6, T9), for an audit of a published document: a code's amount is
/// its row's 合计, or the sum of the printed rows under it when the code itself is not printed.
/// </summary>
internal sealed class TableSoftCheckFigures : ISoftCheckFigures
{
    private readonly BudgetTable? _t3;
    private readonly BudgetTable? _t6;
    private readonly BudgetTable? _t9;
    private readonly DisclosureTemplate _template;

    public TableSoftCheckFigures(IReadOnlyList<BudgetTable> tables, DisclosureTemplate template)
    {
        _t3 = tables.FirstOrDefault(t => t.Id == TableId.T3);
        _t6 = tables.FirstOrDefault(t => t.Id == TableId.T6);
        _t9 = tables.FirstOrDefault(t => t.Id == TableId.T9);
        _template = template;
    }

    public decimal Economic(string code) => Under(_t6, code);

    public decimal Functional(string code) => Under(_t3, code);

    public decimal ThreePublic(ThreePublicComponent component)
    {
        // The row that prints this component alone (其中：公务用车运行维护费, 三、公务接待费).
        var line = _template.T9Rows.Lines.FirstOrDefault(l => l.Keys.Count == 1 && l.Keys[0] == component.ToString());
        return line is null || _t9 is null ? 0m : _t9.Rows.FirstOrDefault(r => r.Label == line.Label)?[0] ?? 0m;
    }

    public string Format(decimal wan) => Problem.Wan(wan);

    private static decimal Under(BudgetTable? table, string code)
    {
        if (table is null)
        {
            return 0m;
        }

        if (table.Row(code) is { } row)
        {
            return row[0];
        }

        // The most detailed printed rows under the code, so nothing is counted twice.
        var under = table.Rows.Where(r => r.Code is not null && r.Code.StartsWith(code, StringComparison.Ordinal)).ToArray();
        return under.Where(r => !under.Any(o => o != r && o.Code!.StartsWith(r.Code!, StringComparison.Ordinal))).Sum(r => r[0]);
    }
}
