using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// Types a grid's data cells. A grid printed from a <see cref="BudgetTable"/> takes its numbers from the table itself
/// (the decimal, not its printed text), at the grid columns <see cref="TableGrids"/> and <see cref="ScheduleGrids"/>
/// print them; every such cell is checked against the printed text, so a change of layout there fails loudly here
/// instead of shifting numbers into the wrong column. A grid without a table (a project's 绩效目标表, the unit table)
/// types the cells printed as amounts (two decimals).
/// </summary>
internal static partial class TypedCells
{
    public static IReadOnlyList<IReadOnlyList<SheetCell>> Of(Grid grid, BudgetTable? table)
    {
        if (table is null)
        {
            return grid.Rows.Select(r => (IReadOnlyList<SheetCell>)r.Cells.Select(Untyped).ToArray()).ToArray();
        }

        if (grid.Rows.Count != 0 && grid.Rows.Count != table.Rows.Count)
        {
            throw new InvalidOperationException($"{table.Id}: the grid prints {grid.Rows.Count} rows of the table's {table.Rows.Count}");
        }

        return grid.Rows.Select((r, i) => (IReadOnlyList<SheetCell>)Typed(table.Id, r, table.Rows[i], i)).ToArray();
    }

    private static SheetCell[] Typed(TableId id, GridRow printed, TableRow row, int index)
    {
        var cells = printed.Cells.Select(c => SheetCell.Of(c ?? string.Empty)).ToArray();
        if (id <= TableId.T9 && int.TryParse(cells[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
        {
            cells[0] = new SheetCell(CellKind.Number, cells[0].Text, serial);
        }

        foreach (var (column, value, kind) in NumberColumns.Of(id, row))
        {
            var text = kind == CellKind.Amount ? PrintedCells.Amount(value) : PrintedCells.Quantity(value);
            if (column >= cells.Length || cells[column].Text != text)
            {
                throw new InvalidOperationException($"{id} row {index + 1}: column {column + 1} prints '{(column < cells.Length ? cells[column].Text : null)}', not {value}");
            }

            // Zero prints blank, and a blank cell is what the sheet keeps.
            cells[column] = new SheetCell(kind, text, text.Length == 0 ? 0m : value);
        }

        return cells;
    }

    private static SheetCell Untyped(string? cell)
        => cell is not null && PrintedAmount().IsMatch(cell)
            ? new SheetCell(CellKind.Amount, cell, decimal.Parse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))
            : SheetCell.Of(cell ?? string.Empty);

    [GeneratedRegex(@"^\d+\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrintedAmount();
}
