using BudgetSdk.Import.Structure;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;
using BudgetSdk.Templates;
using BudgetSdk.Text;

namespace BudgetSdk.Import;

/// <summary>
/// Whether a table holds its last row: evidence that a text ending in it was cut off there, rather than a document
/// that prints some tables only. T1 and T4 end with their 总计 row (its 收入 and 支出 amounts printed), T9 with the
/// template's last row; a coded table ends with a leaf (项, or 款 in T6) and its 合计, last 类 and last 款 each equal
/// the sum of the rows under them; a table with a note (注：…) ends with the note's full stop. Nor does a text end in
/// the page or column header of a next page, or in the first characters of a title.
/// </summary>
internal static class TableEnd
{
    /// <summary>Whether the last table of a text whose last row is <paramref name="lastRow"/> is whole.</summary>
    public static bool IsComplete(PrintedTable table, Region region, SourceRow lastRow, ImportContext context)
        => !EndsInDebris(lastRow, context) && (region.Note is { } note ? EndsSentence(note) : HasLastRow(table, context.Template));

    // A document never ends in the page or column header of a page, or in a title's first characters (部门预算国).
    private static bool EndsInDebris(SourceRow last, ImportContext context)
        => context.IsPageHeader(last) || last.FirstToken is "序号" or "栏次"
            || (last.SingleText is { Length: >= 2 } text && Landmarks.NineTitles.Any(t => t.StartsWith(text, StringComparison.Ordinal)));

    // 注：无国有资本经营预算财政拨款预算，空表列示。 — a note cut off has no full stop.
    private static bool EndsSentence(string note) => note.TrimEnd().EndsWith('。') || note.TrimEnd().EndsWith('.');

    private static bool HasLastRow(PrintedTable table, DisclosureTemplate? template) => table.Id switch
    {
        TableId.T1 or TableId.T4 => table.Rows.Any(r => (r.Label.Contains("总计", StringComparison.Ordinal) || r.ExpenseLabel?.Contains("总计", StringComparison.Ordinal) == true)
            && r.Cells.Count > 1 && r.Cells[0] is not null && r.Cells[1] is not null),
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
