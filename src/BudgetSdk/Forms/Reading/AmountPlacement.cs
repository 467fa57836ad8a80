namespace BudgetSdk.Forms.Reading;

/// <summary>
/// Places the amounts of a printed row in columns: rows print only their non-blank cells, so each amount goes to a column
/// by position, keeping their order (a monotone assignment minimising the total distance between each amount's centre and
/// its column's centre).
/// </summary>
internal static class AmountPlacement
{
    /// <summary>For each amount (by centre, left to right), the index of its column among <paramref name="columns"/> (centres,
    /// NaN for a column without a place), or null for amounts that cannot all be placed.</summary>
    public static int[]? Place(IReadOnlyList<double> amounts, IReadOnlyList<double> columns) => Solve(amounts, columns)?.Places;

    /// <summary>The least total distance of a placement of the amounts, or null when they cannot all be placed.</summary>
    public static double? Cost(IReadOnlyList<double> amounts, IReadOnlyList<double> columns) => Solve(amounts, columns)?.Cost;

    /// <summary>
    /// How far a table's amounts stand right of their columns' label centres, as a shift to add to the amounts' centres:
    /// amounts are right-aligned under centred labels, so a row that leaves a cell blank could slide into the wrong columns
    /// if placed by centres alone. The shift is the one that places the table's rows (given by their amounts' centres) at
    /// the least total distance, the smaller on a tie. Only shifts to the left are tried (a right-aligned amount never stands
    /// left of its label's centre by more than half a column): a row of evenly spaced amounts fits the columns shifted one
    /// place either way, and only the direction says which.
    /// </summary>
    public static double Offset(IReadOnlyList<double[]> rows, IReadOnlyList<double> columns)
    {
        var best = 0.0;
        var bestCost = double.PositiveInfinity;
        for (var step = -1; step <= MaxOffsetSteps; step++)
        {
            var offset = -step * 0.5;
            var cost = 0.0;
            foreach (var row in rows)
            {
                cost += Cost(row.Select(a => a + offset).ToArray(), columns) ?? 0;
            }

            if (cost < bestCost - 1e-9 || (Math.Abs(cost - bestCost) < 1e-9 && Math.Abs(offset) < Math.Abs(best)))
            {
                best = offset;
                bestCost = cost;
            }
        }

        return best;
    }

    // Shifts are tried in half columns up to this many steps (8 columns).
    private const int MaxOffsetSteps = 16;

    private static (int[] Places, double Cost)? Solve(IReadOnlyList<double> amounts, IReadOnlyList<double> columns)
    {
        var places = Enumerable.Range(0, columns.Count).Where(i => !double.IsNaN(columns[i])).ToArray();
        int n = amounts.Count, m = places.Length;
        if (n == 0)
        {
            return ([], 0);
        }

        if (n > m)
        {
            return null;
        }

        // cost[i, j]: the least distance placing amounts 0..i with amount i in place j.
        var cost = new double[n, m];
        var from = new int[n, m];
        for (var i = 0; i < n; i++)
        {
            var bestPrev = double.PositiveInfinity;
            var bestPrevAt = -1;
            for (var j = 0; j < m; j++)
            {
                var d = Math.Abs(amounts[i] - columns[places[j]]);
                if (i == 0)
                {
                    cost[i, j] = d;
                    continue;
                }

                if (j > 0 && cost[i - 1, j - 1] < bestPrev)
                {
                    bestPrev = cost[i - 1, j - 1];
                    bestPrevAt = j - 1;
                }

                cost[i, j] = bestPrevAt < 0 ? double.PositiveInfinity : bestPrev + d;
                from[i, j] = bestPrevAt;
            }
        }

        var end = -1;
        for (var j = 0; j < m; j++)
        {
            if (!double.IsPositiveInfinity(cost[n - 1, j]) && (end < 0 || cost[n - 1, j] < cost[n - 1, end]))
            {
                end = j;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var total = cost[n - 1, end];
        var result = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = places[end];
            end = from[i, end];
        }

        return (result, total);
    }
}
