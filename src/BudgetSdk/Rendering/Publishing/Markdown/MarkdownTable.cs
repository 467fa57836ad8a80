using System.Text;
using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Publishing.Markdown;

/// <summary>
/// A grid as a GFM pipe table. GFM has one header row and no merged cells, so the form's header is flattened into column
/// names (<see cref="ColumnNames"/>) and its 栏次 row, which the form prints, is the first body row; a grid without a
/// column header (a 绩效目标表) gets an empty header row, since a pipe table must have one.
/// </summary>
internal static class MarkdownTable
{
    public static void Append(StringBuilder text, Grid grid)
    {
        var hasNumbering = grid.ColumnHeader.Count > 0 && grid.ColumnHeader[^1].Cells is ["栏次", ..];
        var names = ColumnNames.Of(grid.ColumnHeader);
        IReadOnlyList<GridRow> body = hasNumbering ? [grid.ColumnHeader[^1], .. grid.Rows] : grid.Rows;
        var width = body.Select(r => r.Cells.Count).Append(names.Count).Max();
        Row(text, Enumerable.Range(0, width).Select(c => c < names.Count ? names[c] : string.Empty));
        Row(text, Enumerable.Repeat("---", width), escape: false);
        foreach (var row in body)
        {
            Row(text, Enumerable.Range(0, width).Select(c => c < row.Cells.Count ? row.Cells[c] : string.Empty));
        }
    }

    private static void Row(StringBuilder text, IEnumerable<string?> cells, bool escape = true)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            var shown = escape ? MarkdownText.Cell(cell) : cell;
            text.Append(' ').Append(shown).Append(shown is { Length: > 0 } ? " |" : "|");
        }

        text.Append('\n');
    }
}
