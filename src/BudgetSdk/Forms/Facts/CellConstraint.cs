using BudgetSdk.Amounts;

namespace BudgetSdk.Forms.Facts;

/// <summary>
/// A printed cell as a linear constraint: the sum of the unknown amounts it takes equals what it prints (a blank cell, or a
/// code row the table does not print, is zero).
/// </summary>
/// <param name="Cell">The cell's name, e.g. <c>t3/2080506/total</c>.</param>
/// <param name="Printed">The amount as printed, in the table's unit.</param>
/// <param name="Unit">The table's unit.</param>
/// <param name="Decimals">The decimals the table prints.</param>
/// <param name="Terms">The unknowns summed (indices into <see cref="FactUnknowns.Atoms"/>), ascending.</param>
internal sealed record CellConstraint(string Cell, decimal Printed, MoneyUnit Unit, int Decimals, IReadOnlyList<int> Terms)
{
    /// <summary>The printed amount in 元.</summary>
    public decimal Yuan => Unit == MoneyUnit.Yuan ? Printed : Printed * Money.YuanPerWan;

    /// <summary>One printed step in 元 (0.01 元, 1 元, 0.01 万元 = 100 元): a cell is as precise as its step.</summary>
    public decimal Step
    {
        get
        {
            var step = Unit == MoneyUnit.Yuan ? 1m : Money.YuanPerWan;
            for (var d = 0; d < Decimals; d++)
            {
                step /= 10m;
            }

            return step;
        }
    }
}
