using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Publishing.Html;

/// <summary>A cell of an HTML table: where it starts, what it covers and what it prints.</summary>
/// <param name="Row">The row it starts in.</param>
/// <param name="Column">The column it starts in.</param>
/// <param name="RowSpan">Rows covered.</param>
/// <param name="ColumnSpan">Columns covered.</param>
/// <param name="Text">The text printed.</param>
internal sealed record LaidCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text);

/// <summary>
/// The merged cells of a grid's data rows. A null cell, or a cell a short row does not have, is merged into the cell
/// on its left, as <see cref="GridRow"/> says. A grid without a column header (a 项目绩效目标表) also merges an empty first
/// cell into the one above (预算规模及资金用途, 资金支出计划, a 一级指标 group); the nine tables never merge down, since
/// their blank cells are zeros.
/// </summary>
internal static class CellLayout
{
    public static IReadOnlyList<LaidCell> Rows(Grid grid, int width)
    {
        var cells = new List<LaidCell>();
        var mergesDown = grid.ColumnHeader.Count == 0;
        var above = -1;
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = grid.Rows[r].Cells;
            for (var c = 0; c < width; c++)
            {
                var text = c < row.Count ? row[c] : null;
                if (text is null && c > 0)
                {
                    continue;
                }

                var span = 1;
                while (c + span < width && (c + span >= row.Count || row[c + span] is null))
                {
                    span++;
                }

                if (c == 0 && mergesDown && text is { Length: 0 } && span == 1 && above >= 0 && cells[above] is { Text.Length: > 0, ColumnSpan: 1 } top)
                {
                    cells[above] = top with { RowSpan = top.RowSpan + 1 };
                    continue;
                }

                if (c == 0)
                {
                    above = cells.Count;
                }

                cells.Add(new LaidCell(r, c, 1, span, text ?? string.Empty));
            }
        }

        return cells;
    }

    /// <summary>The number of columns of a grid: its widest row, header or data.</summary>
    public static int Width(Grid grid)
        => grid.ColumnHeader.Concat(grid.Rows).Select(r => r.Cells.Count).DefaultIfEmpty(1).Max();
}
