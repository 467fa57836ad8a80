namespace BudgetSdk.Import.Tables.Columns;

/// <summary>
/// Chooses one option per row so that the table adds up: every parent row (合计 over 类, 类 over 款, 款 over 项) equals
/// the sum of its children in the summed columns. A row alone often cannot tell its columns (<c>42.73 42.73</c> is
/// 合计 and either 基本支出 or 项目支出), but its parent and siblings can, and the 合计 row, which usually prints every
/// column, settles the rest. The choice maximises the options' own scores less a penalty for every column whose sum fails.
/// Bottom-up, each row's best subtree score is computed for each of its options; a parent combines its children by
/// dynamic programming over their partial sums (pruned where a sum exceeds the parent, as no amount is negative).
/// A published table with a real error (a 款 off by 0.01) has no exact combination; its children are then chosen
/// one by one and the broken sum costs a penalty.
/// </summary>
internal static class HierarchyResolver
{
    // Beyond this many rows (a runaway or repeated text) rows are chosen on their own: linear, not combinatorial.
    private const int MaxRows = 2000;

    /// <summary>The chosen option index of each row.</summary>
    /// <param name="options">Each row's options (at least one each).</param>
    /// <param name="parents">Each row's parent row index, or -1.</param>
    /// <param name="sumColumns">The columns a parent sums.</param>
    public static int[] Choose(IReadOnlyList<IReadOnlyList<Option>> options, IReadOnlyList<int> parents, IReadOnlyList<int> sumColumns)
    {
        var n = options.Count;
        var chosen = new int[n];
        if (n > MaxRows || options.All(o => o.Count == 1))
        {
            for (var i = 0; i < n; i++)
            {
                chosen[i] = Best(options[i]);
            }

            return chosen;
        }

        var children = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            children[i] = new List<int>();
        }

        for (var i = 0; i < n; i++)
        {
            if (parents[i] >= 0)
            {
                children[parents[i]].Add(i);
            }
        }

        var solver = new HierarchySolver(options, children, sumColumns);
        for (var i = 0; i < n; i++)
        {
            if (parents[i] < 0)
            {
                solver.Assign(i, chosen);
            }
        }

        return chosen;
    }

    private static int Best(IReadOnlyList<Option> options)
    {
        var best = 0;
        for (var i = 1; i < options.Count; i++)
        {
            best = options[i].Score > options[best].Score ? i : best;
        }

        return best;
    }
}
