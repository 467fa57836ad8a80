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
    public static (IReadOnlyList<CellDifference> Differences, int Compared) Compare(FormDocument printed, FormDocument derived)
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
                        if (Yuan(row.Cells[i], table.Unit) != Yuan(derivedCell, other?.Unit ?? table.Unit))
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

    private static decimal Yuan(decimal? amount, MoneyUnit unit) => (amount ?? 0m) * (unit == MoneyUnit.Yuan ? 1m : Money.YuanPerWan);
}
