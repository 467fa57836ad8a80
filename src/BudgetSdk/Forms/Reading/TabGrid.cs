using System.Text;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// Lays tab-separated text (a spreadsheet's or a word processor's table copied as text: one row a line, cells apart by tabs)
/// out as <c>pdftotext -layout</c> would: cell k of every line starts at the same column, k cell widths from the line start,
/// so an empty cell (two tabs) keeps the cells after it under their headers, and the column places the headers give are the
/// cells' places. Lines without a tab are left as they are.
/// </summary>
internal static class TabGrid
{
    // A cell is this much wider than the longest cell found (a label wider than the cap pushes only its own line's cells).
    private const int Gap = 4;
    private const int MaxWidth = 40;

    /// <summary>The lines with each tab-separated line's cells placed on one grid.</summary>
    public static string[] Lay(string[] lines)
    {
        // The width comes from the cells a tab follows (a line's last cell may be a sentence).
        var width = Math.Min(MaxWidth, lines.Where(l => l.Contains('\t', StringComparison.Ordinal))
            .SelectMany(l => l.Split('\t')[..^1]).Select(c => c.Trim().Length).DefaultIfEmpty(0).Max()) + Gap;
        return lines.Select(l => l.Contains('\t', StringComparison.Ordinal) ? Place(l, width) : l).ToArray();
    }

    private static string Place(string line, int width)
    {
        // A form feed (a page break) stays at the line start.
        var text = new StringBuilder(new string('\f', line.Count(c => c == '\f')));
        var start = text.Length;
        var cells = line.Split('\t');
        for (var k = 0; k < cells.Length; k++)
        {
            var cell = cells[k].Trim();
            if (cell.Length == 0)
            {
                continue;
            }

            // Two spaces at least between cells, so a cell is never read as part of the one before it.
            var at = Math.Max(k * width, text.Length == start ? 0 : text.Length - start + 2);
            text.Append(' ', at - (text.Length - start)).Append(cell);
        }

        return text.ToString();
    }
}
