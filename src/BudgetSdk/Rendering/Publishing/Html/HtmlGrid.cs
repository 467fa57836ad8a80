using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Publishing.Html;

/// <summary>
/// A grid as an HTML table: the page header lines and the column header (merged as <see cref="HeaderSpans"/> says, down
/// to 栏次) in <c>thead</c>, which the browser repeats on every printed page, the rows in <c>tbody</c> with amounts
/// right-aligned, then the note.
/// </summary>
internal static partial class HtmlGrid
{
    // 序号, 栏次, 合计, 项目: header cells this short never break over two lines.
    private const int ShortHeader = 4;

    public static void Write(StringBuilder html, Grid grid)
    {
        var width = CellLayout.Width(grid);
        // The nine tables keep a row on one line (their names are short, their amounts must not break); a project's
        // form (no column header) has equal columns whose long text wraps, so a project code cannot push it off the page.
        html.Append(grid.Paged ? "<table class=\"paged\">" : grid.ColumnHeader.Count == 0 ? "<table class=\"form\">" : "<table>").Append("\n<thead>\n");
        if (grid.PageHeader.Count > 0)
        {
            html.Append("<tr class=\"page-header\"><th colspan=\"").Append(Number(width)).Append("\"><div>");
            foreach (var line in grid.PageHeader)
            {
                html.Append("<span>").Append(HtmlText.Escape(line)).Append("</span>");
            }

            html.Append("</div></th></tr>\n");
        }

        WriteCells(html, HeaderSpans.Of(grid.ColumnHeader).Select(c => new LaidCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text)), grid.ColumnHeader.Count, "th", c => c.Text.Length <= ShortHeader ? "s" : null);
        html.Append("</thead>\n<tbody>\n");
        // 序号 is centred in the tables that number their rows (those with a page header).
        var numbered = grid.PageHeader.Count > 0 && grid.ColumnHeader.Count > 0 && grid.ColumnHeader[0].Cells[0] == "序号";
        WriteCells(html, CellLayout.Rows(grid, width), grid.Rows.Count, "td", cell => Amount().IsMatch(cell.Text) ? "n" : numbered && cell.Column == 0 ? "c" : null);
        html.Append("</tbody>\n</table>\n");
        if (grid.Note is { } note)
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Lines(note)).Append("</p>\n");
        }
    }

    private static void WriteCells(StringBuilder html, IEnumerable<LaidCell> cells, int rows, string element, Func<LaidCell, string?> cssClass)
    {
        var byRow = cells.ToLookup(c => c.Row);
        for (var r = 0; r < rows; r++)
        {
            html.Append("<tr>");
            foreach (var cell in byRow[r].OrderBy(c => c.Column))
            {
                html.Append('<').Append(element);
                if (cssClass(cell) is { } name)
                {
                    html.Append(" class=\"").Append(name).Append('"');
                }

                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(Number(cell.RowSpan)).Append('"');
                }

                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(Number(cell.ColumnSpan)).Append('"');
                }

                html.Append('>').Append(HtmlText.Lines(cell.Text)).Append("</").Append(element).Append('>');
            }

            html.Append("</tr>\n");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // An amount as the tables print it: two decimals, thousands separators allowed.
    [GeneratedRegex(@"^\d{1,3}(,\d{3})*\.\d{2}$|^\d+\.\d{2}$")]
    private static partial Regex Amount();
}
