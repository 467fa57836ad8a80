using BudgetSdk.Amounts;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Facts;

/// <summary>
/// Compares every printed cell of a document with the same cell of a derived document (by table, side, row id and column
/// id, in 元 so that a unit printed otherwise still compares). A blank cell equals zero (a form may print 0.00 where another
/// prints nothing); a row printed on one side only differs in each of its non-zero cells.
/// </summary>
internal static class PrintedCellComparison
{
    /// <summary>The differences in printed order, then the derived rows the document does not print; and how many printed cells were compared.</summary>
    /// <param name="printed">The document as printed.</param>
    /// <param name="derived">The facts derived by its form.</param>
    /// <param name="exact">The same facts derived with every table in 元 to the cent, or null: a printed cell that is the exact
    /// sum rounded to its table's unit (a 万元 cell of 213.28 where the rounded facts add up to 213.27) is given back too.</param>
    public static (IReadOnlyList<CellDifference> Differences, int Compared) Compare(FormDocument printed, FormDocument derived, FormDocument? exact = null)
    {
        var differences = new List<CellDifference>();
        var compared = 0;
        foreach (var table in printed.Tables)
        {
            var other = derived.Table(table.TableId);
            foreach (var side in table.Sides)
            {
                var otherSide = other?.Side(side.SideId);
                foreach (var row in side.Rows)
                {
                    var otherRow = otherSide?.Row(row.Id);
                    for (var i = 0; i < side.Columns.Count && i < row.Cells.Count; i++)
                    {
                        compared++;
                        var column = otherSide?.IndexOf(side.Columns[i]) ?? -1;
                        var derivedCell = otherRow is null || column < 0 ? null : otherRow.Cells[column];
                        if (Yuan(row.Cells[i], table.Unit) != Yuan(derivedCell, other?.Unit ?? table.Unit) && !IsExactRounded(row.Cells[i], printed.Form.Table(table.TableId)?.Decimals ?? 2, table, side, row, side.Columns[i], exact))
                        {
                            differences.Add(new CellDifference($"{CellNames.Row(printed, table, side, row)}/{side.Columns[i]}", row.Cells[i], derivedCell));
                        }
                    }
                }

                foreach (var extra in otherSide?.Rows.Where(r => side.Row(r.Id) is null) ?? [])
                {
                    for (var i = 0; i < otherSide!.Columns.Count && i < extra.Cells.Count; i++)
                    {
                        if (extra.Cells[i] is { } cell && cell != 0m)
                        {
                            differences.Add(new CellDifference($"{CellNames.Row(printed, table, side, extra)}/{otherSide.Columns[i]}", null, cell));
                        }
                    }
                }
            }
        }

        return (differences, compared);
    }

    /// <summary>True when the printed amount is the exact (元) cell rounded half away from zero to the printed decimals.</summary>
    private static bool IsExactRounded(decimal? printedCell, int decimals, PrintedFormTable table, PrintedSide side, PrintedFormRow row, string column, FormDocument? exact)
    {
        if (exact?.Table(table.TableId)?.Side(side.SideId) is not { } exactSide || table.Unit == MoneyUnit.Yuan)
        {
            return false;
        }

        var value = (exactSide.Cell(row.Id, column) ?? 0m) / Money.YuanPerWan;
        return decimal.Round(value, decimals, MidpointRounding.AwayFromZero) == (printedCell ?? 0m);
    }

    private static decimal Yuan(decimal? amount, MoneyUnit unit) => (amount ?? 0m) * (unit == MoneyUnit.Yuan ? 1m : Money.YuanPerWan);
}
