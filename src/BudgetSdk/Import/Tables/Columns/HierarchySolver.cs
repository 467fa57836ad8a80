namespace BudgetSdk.Import.Tables.Columns;

/// <summary>
/// The dynamic programme behind <see cref="HierarchyResolver"/>: for each row and each of its options, the best score
/// of the subtree under it, and the children's options that reach it.
/// </summary>
internal sealed class HierarchySolver
{
    // The cost of one column whose sum does not hold; it outweighs any preference between columns.
    private const double SumPenalty = 20;

    // Partial sums kept per parent. A few hundred hold every combination of a table as published; a parent with a dozen
    // children spread over five columns can need more, so a search cut short without an exact sum runs once more with
    // room for many more states.
    private static readonly int[] StateCaps = [256, 8192];

    private readonly IReadOnlyList<IReadOnlyList<Option>> _options;
    private readonly List<int>[] _children;
    private readonly IReadOnlyList<int> _columns;
    private readonly double[]?[] _value;
    private readonly int[]?[][] _choice;
    private readonly Reach?[] _reach;

    public HierarchySolver(IReadOnlyList<IReadOnlyList<Option>> options, List<int>[] children, IReadOnlyList<int> columns)
    {
        _options = options;
        _children = children;
        _columns = columns;
        _value = new double[]?[options.Count];
        _choice = new int[]?[options.Count][];
        _reach = new Reach?[options.Count];
    }

    /// <summary>Chooses the best option of a root row, then its descendants' options under it.</summary>
    public void Assign(int root, int[] chosen)
    {
        var value = Values(root);
        var best = 0;
        for (var o = 1; o < value.Length; o++)
        {
            best = value[o] > value[best] ? o : best;
        }

        var stack = new Stack<(int Row, int Option)>();
        stack.Push((root, best));
        while (stack.Count > 0)
        {
            var (row, option) = stack.Pop();
            chosen[row] = option;
            var picks = _choice[row][option];
            for (var c = 0; c < _children[row].Count; c++)
            {
                stack.Push((_children[row][c], picks![c]));
            }
        }
    }

    // The best score of the subtree under a row for each of its options (post-order, without recursion).
    private double[] Values(int root)
    {
        var order = new List<int>();
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var row = stack.Pop();
            order.Add(row);
            foreach (var child in _children[row])
            {
                stack.Push(child);
            }
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            Evaluate(order[i]);
        }

        return _value[root]!;
    }

    private void Evaluate(int row)
    {
        var options = _options[row];
        var values = new double[options.Count];
        var choices = new int[]?[options.Count];
        for (var o = 0; o < options.Count; o++)
        {
            var (score, picks) = Combine(row, options[o]);
            values[o] = options[o].Score + score;
            choices[o] = picks;
        }

        _value[row] = values;
        _choice[row] = choices;
    }

    // The children's best joint choice under one option of their parent, and its score.
    private (double Score, int[]? Picks) Combine(int row, Option parent)
    {
        var kids = _children[row];
        if (kids.Count == 0)
        {
            return (0, Array.Empty<int>());
        }

        var target = _columns.Select(c => parent[c]).ToArray();
        var reach = _reach[row] ??= new Reach(_options, kids, _columns);
        if (!reach.Allows(0, target, new decimal[target.Length]))
        {
            return Independent(kids, target);
        }

        foreach (var cap in StateCaps)
        {
            var (exact, cut) = Search(kids, target, reach, cap);
            if (exact is not null)
            {
                return (exact.Score, Unwind(exact.Picks, kids.Count));
            }

            if (!cut)
            {
                break;
            }
        }

        return Independent(kids, target);
    }

    // The best state whose sums are the parent's exactly, or null; and whether the cap cut states on the way.
    private (State? Exact, bool Cut) Search(List<int> kids, decimal[] target, Reach reach, int cap)
    {
        var cut = false;
        var states = new Dictionary<decimal[], State>(SumComparer.Instance) { [new decimal[target.Length]] = new State(new decimal[target.Length], 0, null) };
        for (var k = 0; k < kids.Count; k++)
        {
            var kid = kids[k];
            var next = new Dictionary<decimal[], State>(SumComparer.Instance);
            var kidValues = _value[kid]!;
            foreach (var state in states.Values)
            {
                for (var o = 0; o < kidValues.Length; o++)
                {
                    var sum = (decimal[])state.Sum.Clone();
                    for (var c = 0; c < sum.Length; c++)
                    {
                        sum[c] += _options[kid][o][_columns[c]];
                    }

                    // A partial sum that the remaining children cannot complete to the parent's is dropped before
                    // the cap on states sees it.
                    if (!reach.Allows(k + 1, target, sum))
                    {
                        continue;
                    }

                    var score = state.Score + kidValues[o];
                    if (!next.TryGetValue(sum, out var known) || score > known.Score)
                    {
                        next[sum] = new State(sum, score, new Pick(o, state.Picks));
                    }
                }
            }

            cut |= next.Count > cap;
            states = next.Count > cap
                ? next.OrderByDescending(s => s.Value.Score).Take(cap).ToDictionary(s => s.Key, s => s.Value, SumComparer.Instance)
                : next;
        }

        return (states.GetValueOrDefault(target), cut);
    }

    // No combination adds up: each child takes its own best, and every column that then fails costs a penalty.
    private (double Score, int[] Picks) Independent(List<int> kids, decimal[] target)
    {
        var picks = new int[kids.Count];
        var score = 0.0;
        var sum = new decimal[target.Length];
        for (var k = 0; k < kids.Count; k++)
        {
            var values = _value[kids[k]]!;
            var best = 0;
            for (var o = 1; o < values.Length; o++)
            {
                best = values[o] > values[best] ? o : best;
            }

            picks[k] = best;
            score += values[best];
            for (var c = 0; c < sum.Length; c++)
            {
                sum[c] += _options[kids[k]][best][_columns[c]];
            }
        }

        var broken = sum.Where((s, c) => s != target[c]).Count();
        return (score - (SumPenalty * broken), picks);
    }

    private static int[] Unwind(Pick? picks, int count)
    {
        var result = new int[count];
        for (var i = count - 1; i >= 0; i--)
        {
            result[i] = picks!.Option;
            picks = picks.Previous;
        }

        return result;
    }

    // Partial sums compared by value: 1.3 and 1.30 are the same sum (decimal equality and hashing ignore the scale).
    private sealed class SumComparer : IEqualityComparer<decimal[]>
    {
        public static readonly SumComparer Instance = new();

        public bool Equals(decimal[]? x, decimal[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(decimal[] sum)
        {
            var hash = new HashCode();
            foreach (var value in sum)
            {
                hash.Add(value);
            }

            return hash.ToHashCode();
        }
    }

    private sealed record State(decimal[] Sum, double Score, Pick? Picks);

    private sealed record Pick(int Option, Pick? Previous);
}
