using BudgetSdk.Import.Structure;
using BudgetSdk.Tables;
using BudgetSdk.Templates;
using BudgetSdk.Text;

namespace BudgetSdk.Import;

/// <summary>
/// Whether a table holds its last row: evidence that a text ending in it was cut off there, rather than a document
/// that prints some tables only. T1 and T4 end with their 总计 row, T9 with the template's last row; a coded table
/// ends with a leaf (项, or 款 in T6) and its 合计, last 类 and last 款 each equal the sum of the rows under them. Nor
/// does a whole table end in the page header or column header of a next page, or in the first characters of a title.
/// </summary>
internal static class TableEnd
{
    public static bool IsComplete(PrintedTable table, Region region, ImportContext context)
        => !EndsInDebris(table, region, context) && HasLastRow(table, context.Template);

    private static bool EndsInDebris(PrintedTable table, Region region, ImportContext context)
    {
        if (region.Rows.Count == 0 || table.Rows.Count == 0 || region.Rows[^1].Line <= table.Rows[^1].Line)
        {
            return false;
        }

        var last = region.Rows[^1];
        return context.IsPageHeader(last) || last.FirstToken is "序号" or "栏次"
            || (last.SingleText is { Length: >= 2 } text && Landmarks.NineTitles.Any(t => t.StartsWith(text, StringComparison.Ordinal)));
    }

    private static bool HasLastRow(PrintedTable table, DisclosureTemplate? template) => table.Id switch
    {
        TableId.T1 or TableId.T4 => table.Rows.Any(r => r.Label.Contains("总计", StringComparison.Ordinal) || r.ExpenseLabel?.Contains("总计", StringComparison.Ordinal) == true),
        TableId.T9 => template is null
            ? table.Rows.Count > 0
            : table.Rows.Any(r => OfficialNames.Same(r.Label, template.T9Rows.Lines[^1].Label)),
        _ => CodedComplete(table.Rows, table.Id == TableId.T6 ? 5 : 7),
    };

    private static bool CodedComplete(IReadOnlyList<PrintedRow> rows, int leafLength)
    {
        if (rows.Count == 0 || rows[^1].Code is not { } last || last.Length != leafLength)
        {
            return false;
        }

        // Down the last branch: 合计 over the 类, the last 类 over its 款, the last 款 over its 项.
        PrintedRow? parent = rows.FirstOrDefault(r => r.Code is null);
        foreach (var length in new[] { 3, 5, 7 }.Where(l => l <= leafLength))
        {
            var prefix = parent?.Code ?? string.Empty;
            var children = rows.Where(r => r.Code is { } code && code.Length == length && code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (children.Count == 0 || (parent is not null && First(parent) != children.Sum(First)))
            {
                return false;
            }

            parent = children[^1];
        }

        return true;
    }

    private static decimal First(PrintedRow row) => row.Cells.Count > 0 ? row.Cells[0] ?? 0m : 0m;
}
