using System.Text;
using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Files.Xlsx;

/// <summary>
/// A sheet as tab-separated text the way <c>Rendering.Formats.TabWriter</c> prints a table: a title (a sheet's first
/// line, or a lone cell merged across the sheet, such as a note) between blank lines, so a title row further down
/// starts the next table; the page header row (department, 预算年度, 单位 side by side on one row) as one line per
/// part; every other row its cells joined by tabs in column order, blank ones kept, a merged range's value in its
/// top-left cell only. Rows left out or empty are one blank line, however many.
/// </summary>
internal static partial class SheetText
{
    /// <summary>Whether a sheet names a budget table somewhere (a title such as 部门预算收支总表).</summary>
    public static bool LooksLikeTable(SheetGrid grid) => grid.Rows.Any(r => r.Cells.Any(c => c.Text.Contains("预算", StringComparison.Ordinal)));

    /// <summary>Appends the sheet's text; refuses one that would pass the importer's cap rather than build it.</summary>
    public static void Append(StringBuilder text, SheetGrid grid)
    {
        var width = grid.Width;
        var titled = false;
        var previous = -1;
        foreach (var row in grid.Rows)
        {
            if (row.Number > previous + 1 || row.Cells.Count == 0)
            {
                text.Append('\n');
            }

            previous = row.Number;
            if (row.Cells.Count == 0)
            {
                continue;
            }

            var filled = row.Cells.Select(c => (c.Column, Text: Flat(c.Text))).ToArray();
            if (filled.Length == 1 && (!titled || Across(grid, filled[0].Column, row.Number, width)))
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
                Fields(text, filled, width);
            }

            if (text.Length > InputText.MaxCharacters)
            {
                throw new DisclosureImportException($"the workbook's text passes {InputText.MaxCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters at row {row.Number + 1} of a sheet; no disclosure is that large");
            }
        }

        text.Append('\n');
    }

    // Every column up to the sheet's width, the blank ones empty.
    private static void Fields(StringBuilder text, (int Column, string Text)[] filled, int width)
    {
        var at = 0;
        foreach (var (column, value) in filled)
        {
            text.Append('\t', column - at).Append(value);
            at = column;
        }

        text.Append('\t', width - 1 - at).Append('\n');
    }

    // A lone value over the whole width of the sheet (a title or a note), not a short row's last cell.
    private static bool Across(SheetGrid grid, int column, int row, int width)
        => column == 0 && width > 1 && grid.Merges.Any(m => m.Starts(column, row) && m.LastColumn >= width - 1);

    // A cell's own line breaks flow into one line, as in PDF text; a tab in a cell would split it.
    private static string Flat(string cell) => cell.Replace("\r\n", " ").Replace('\n', ' ').Replace('\t', ' ').Trim();

    [GeneratedRegex(@"^(单位|预算年度)[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex PageHeaderPart();
}
