using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Publishing.Docx;

/// <summary>
/// Column widths in twips that fill the text width, each column's share by the longest unmerged text it holds (a
/// Chinese character counts two), within bounds so that 序号 stays narrow and a long name wraps instead of crowding the
/// amounts out.
/// </summary>
internal static class DocxColumns
{
    private const int Narrowest = 4;
    private const int Widest = 24;

    public static IReadOnlyList<int> Widths(Grid grid, int count)
    {
        var weights = new int[count];
        foreach (var row in grid.ColumnHeader.Concat(grid.Rows))
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                // A cell that spans its right neighbours says nothing about its own column's width.
                var merged = c + 1 < row.Cells.Count && row.Cells[c + 1] is null;
                if (!merged && row.Cells[c] is { } text)
                {
                    weights[c] = Math.Max(weights[c], text.Split('\n').Max(Length));
                }
            }
        }

        var bounded = weights.Select(w => Math.Clamp(w, Narrowest, Widest)).ToArray();
        var total = bounded.Sum();
        var widths = bounded.Select(w => DocxPage.TextWidth * w / total).ToArray();
        widths[^1] += DocxPage.TextWidth - widths.Sum();
        return widths;
    }

    private static int Length(string text) => text.Sum(ch => ch > 0x2E7F ? 2 : 1);
}
