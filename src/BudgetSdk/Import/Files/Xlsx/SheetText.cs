using System.Text;
using System.Text.RegularExpressions;

namespace BudgetSdk.Import.Files.Xlsx;

/// <summary>
/// A sheet as tab-separated text the way <c>Rendering.Formats.TabWriter</c> prints a table: a title (a sheet's first
/// line, or a lone cell merged across the sheet, such as a note) between blank lines, so a title row further down
/// starts the next table; the page header row (department, 预算年度, 单位 side by side on one row) as one line per
/// part; every other row its cells joined by tabs in column order, blank ones kept, a merged range's value in its
/// top-left cell only.
/// </summary>
internal static partial class SheetText
{
    /// <summary>Whether a sheet names a budget table somewhere (a title such as 部门预算收支总表).</summary>
    public static bool LooksLikeTable(SheetGrid grid) => grid.Rows.Any(r => r.Any(c => c.Contains("预算", StringComparison.Ordinal)));

    public static string Of(SheetGrid grid)
    {
        var text = new StringBuilder();
        var width = grid.Width;
        var titled = false;
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var cells = Enumerable.Range(0, width).Select(c => c < grid.Rows[r].Length ? Flat(grid.Rows[r][c]) : string.Empty).ToArray();
            var filled = cells.Select((t, c) => (Text: t, Column: c)).Where(x => x.Text.Length > 0).ToArray();
            if (filled.Length == 0)
            {
                text.Append('\n');
            }
            else if (filled.Length == 1 && (!titled || Across(grid, filled[0].Column, r, width)))
            {
                titled = true;
                text.Append('\n').Append(filled[0].Text).Append("\n\n");
            }
            else if (filled.Any(x => PageHeaderPart().IsMatch(x.Text)))
            {
                foreach (var part in filled)
                {
                    text.Append(part.Text).Append("\n\n");
                }
            }
            else
            {
                text.AppendJoin('\t', cells).Append('\n');
            }
        }

        return text.Append('\n').ToString();
    }

    // A lone value over the whole width of the sheet (a title or a note), not a short row's last cell.
    private static bool Across(SheetGrid grid, int column, int row, int width)
        => column == 0 && grid.Merges.Any(m => m.Starts(column, row) && m.LastColumn >= width - 1 && width > 1);

    // A cell's own line breaks flow into one line, as in PDF text; a tab in a cell would split it.
    private static string Flat(string cell) => cell.Replace("\r\n", " ").Replace('\n', ' ').Replace('\t', ' ').Trim();

    [GeneratedRegex(@"^(单位|预算年度)[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex PageHeaderPart();
}
