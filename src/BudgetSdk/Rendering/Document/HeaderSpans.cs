namespace BudgetSdk.Rendering.Document;

/// <summary>One cell of a grid's column header with the rows and columns it covers, as a Word or HTML table merges it.</summary>
/// <param name="Row">The header row it starts in (0-based).</param>
/// <param name="Column">The column it starts in (0-based).</param>
/// <param name="RowSpan">How many header rows it covers.</param>
/// <param name="ColumnSpan">How many columns it covers.</param>
/// <param name="Text">The text printed in it.</param>
internal sealed record HeaderCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text);

/// <summary>
/// The merged cells of a column header. <see cref="GridRow"/> marks a cell merged into the one on its left with null;
/// an empty cell under a printed one (序号 over nothing, 合计 over nothing) is that cell continued downwards, as the
/// template prints it. The last row of a header that numbers its columns (栏次) never merges upwards.
/// </summary>
internal static class HeaderSpans
{
    public static IReadOnlyList<HeaderCell> Of(IReadOnlyList<GridRow> header)
    {
        var rows = header.Count;
        var columns = header.Count == 0 ? 0 : header.Max(r => r.Cells.Count);
        var covered = new bool[rows, columns];
        var cells = new List<HeaderCell>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (covered[r, c] || At(header, r, c) is null)
                {
                    continue;
                }

                var width = 1;
                while (c + width < columns && At(header, r, c + width) is null && !covered[r, c + width])
                {
                    width++;
                }

                var text = At(header, r, c)!;
                var height = 1;
                while (text.Length > 0 && r + height < rows && !IsNumbering(header[r + height]) && Continues(header, r + height, c, width))
                {
                    height++;
                }

                for (var dr = 0; dr < height; dr++)
                {
                    for (var dc = 0; dc < width; dc++)
                    {
                        covered[r + dr, c + dc] = true;
                    }
                }

                cells.Add(new HeaderCell(r, c, height, width, text));
            }
        }

        return cells;
    }

    private static string? At(IReadOnlyList<GridRow> header, int row, int column)
        => column < header[row].Cells.Count ? header[row].Cells[column] : null;

    // A printed cell continues into a row below when every cell it covers there is empty (or merged).
    private static bool Continues(IReadOnlyList<GridRow> header, int row, int column, int width)
        => Enumerable.Range(column, width).All(c => At(header, row, c) is null or { Length: 0 });

    private static bool IsNumbering(GridRow row) => row.Cells.Count > 0 && row.Cells[0] == "栏次";
}
