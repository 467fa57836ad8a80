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
    public static int[]? Place(IReadOnlyList<double> amounts, IReadOnlyList<double> columns)
    {
        var places = Enumerable.Range(0, columns.Count).Where(i => !double.IsNaN(columns[i])).ToArray();
        int n = amounts.Count, m = places.Length;
        if (n == 0)
        {
            return [];
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

        var result = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = places[end];
            end = from[i, end];
        }

        return result;
    }
}
