namespace BudgetSdk.Import.Tables.Columns;

/// <summary>
/// What the children of a row can add up to, column by column: for each k, every sum the children from the k-th on can
/// make in each column (where there are few enough to keep), else the least and most they can make. The parent's
/// option, or a partial sum of the first children, is only worth pursuing if what is left in every column is one of
/// these. Column by column is cheap (a column has few distinct sums) and rules out nearly every wrong partial sum, so
/// the joint search over all columns, which is what costs, keeps only states that may end on the parent exactly.
/// </summary>
internal sealed class Reach
{
    // Sums kept per column and child; beyond it a column falls back to its least and most.
    private const int MaxSums = 4096;

    private readonly HashSet<decimal>?[][] _sums;
    private readonly decimal[][] _least;
    private readonly decimal[][] _most;

    public Reach(IReadOnlyList<IReadOnlyList<Option>> options, IReadOnlyList<int> kids, IReadOnlyList<int> columns)
    {
        var n = kids.Count;
        _sums = new HashSet<decimal>?[n + 1][];
        _least = new decimal[n + 1][];
        _most = new decimal[n + 1][];
        _sums[n] = columns.Select(_ => (HashSet<decimal>?)[0m]).ToArray();
        _least[n] = new decimal[columns.Count];
        _most[n] = new decimal[columns.Count];
        for (var k = n - 1; k >= 0; k--)
        {
            var kid = options[kids[k]];
            _sums[k] = new HashSet<decimal>?[columns.Count];
            _least[k] = new decimal[columns.Count];
            _most[k] = new decimal[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var amounts = kid.Select(o => o[columns[c]]).Distinct().ToArray();
                _least[k][c] = _least[k + 1][c] + amounts.Min();
                _most[k][c] = _most[k + 1][c] + amounts.Max();
                _sums[k][c] = Add(_sums[k + 1][c], amounts);
            }
        }
    }

    /// <summary>Whether the children from the k-th on can add exactly what <paramref name="sum"/> lacks of
    /// <paramref name="target"/>, in every column.</summary>
    public bool Allows(int k, decimal[] target, decimal[] sum)
    {
        for (var c = 0; c < target.Length; c++)
        {
            var left = target[c] - sum[c];
            var fits = _sums[k][c] is { } sums ? sums.Contains(left) : left >= _least[k][c] && left <= _most[k][c];
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<decimal>? Add(HashSet<decimal>? sums, decimal[] amounts)
    {
        if (sums is null)
        {
            return null;
        }

        var next = new HashSet<decimal>();
        foreach (var amount in amounts)
        {
            foreach (var sum in sums)
            {
                next.Add(sum + amount);
            }
        }

        return next.Count <= MaxSums ? next : null;
    }
}
