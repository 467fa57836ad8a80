namespace BudgetSdk.Forms.Facts;

/// <summary>
/// Solves the printed cells for the unknown amounts, from the most specific cells outward: a cell with one unknown left
/// fixes it (its amount less what is known), and a cell whose known amounts already reach it fixes every other unknown it
/// sums at zero (no amount is negative). The most precise cells (元 before 万元) are used first, so a rounded cell only
/// fixes what no exact cell does; among equally precise cells, the one with the fewest unknowns.
/// </summary>
/// <remarks>
/// When no cell fixes an unknown alone (the document leaves a split open, e.g. how two non-fiscal sources of one code divide
/// between 基本支出 and 项目支出), the rule is the “north-west corner” of a transport table: the first open unknown in the
/// unknowns' order (code, then kind, then fund) takes the least amount its cells leave open, and solving resumes. Each such
/// choice is reported as one line.
/// With three margins or more (code × kind × fund, Jiangsu's 基本/项目/机动 with 财政专户 money) a north-west choice can leave a
/// later cell unreachable. So the choices are searched depth first: where one leads to a cell that can no longer hold, the
/// unknown takes zero instead, and the search goes back further if that fails too. The search is bounded
/// (<see cref="SearchBudget"/> choices); when it finds nothing within it (a document whose cells do contradict each
/// other), the plain north-west solution stands and <see cref="Contradictions"/> names the cells it breaks.
/// </remarks>
internal sealed class FactSolver
{
    private readonly FactUnknowns _unknowns;
    private readonly IReadOnlyList<CellConstraint> _constraints;
    private readonly List<int>[] _containing;
    private readonly decimal?[] _values;
    private readonly int[] _fixedBy;
    private readonly int[] _open;
    private readonly decimal[] _known;
    private readonly int[] _order;
    private int _searched;

    /// <summary>How many choices the search tries before it settles for the plain north-west solution.</summary>
    internal const int SearchBudget = 400;

    public FactSolver(FactUnknowns unknowns, IReadOnlyList<CellConstraint> constraints)
    {
        _unknowns = unknowns;
        _constraints = constraints;
        var count = unknowns.Atoms.Count;
        _values = new decimal?[count];
        _fixedBy = Enumerable.Repeat(-1, count).ToArray();
        _containing = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        _open = constraints.Select(c => c.Terms.Count).ToArray();
        _known = new decimal[constraints.Count];
        _order = Enumerable.Range(0, constraints.Count)
            .OrderBy(c => constraints[c].Step).ThenBy(c => constraints[c].Terms.Count).ThenBy(c => c)
            .ToArray();
        for (var c = 0; c < constraints.Count; c++)
        {
            foreach (var t in constraints[c].Terms)
            {
                _containing[t].Add(c);
            }
        }
    }

    /// <summary>The amounts in 元, one per unknown (an unknown no cell takes is zero).</summary>
    public IReadOnlyList<decimal> Values => _values.Select(v => v ?? 0m).ToArray();

    /// <summary>Solves; returns one line per choice made where the cells leave an amount open.</summary>
    public IReadOnlyList<string> Solve()
    {
        var start = Save();
        var choices = new List<string>();
        if (Search(choices))
        {
            return choices;
        }

        Restore(start);
        choices.Clear();
        Search(choices, northWestOnly: true);
        return choices;
    }

    /// <summary>
    /// Propagates, then makes the next choice and recurses: the north-west amount first, zero second (unless
    /// <paramref name="northWestOnly"/>). False when a cell can no longer hold on every path tried.
    /// </summary>
    private bool Search(List<string> choices, bool northWestOnly = false)
    {
        while (true)
        {
            Propagate();
            if (!northWestOnly && Broken())
            {
                return false;
            }

            var open = Array.FindIndex(_values, v => v is null);
            if (open < 0)
            {
                return true;
            }

            if (_containing[open].Count == 0)
            {
                Fix(open, 0m, -1);
                continue;
            }

            // The finest cells that take the unknown bound it; it takes the least they leave open (named by the most specific such cell).
            var finest = _containing[open].Min(c => _constraints[c].Step);
            var bound = _containing[open].Where(c => _constraints[c].Step == finest)
                .Select(c => (Cell: c, Left: Math.Max(0m, Residual(c))))
                .OrderBy(b => b.Left).ThenBy(b => _constraints[b.Cell].Terms.Count).ThenBy(b => b.Cell).First();
            var constraint = _constraints[bound.Cell];
            var amounts = northWestOnly || bound.Left == 0m ? new[] { bound.Left } : new[] { bound.Left, 0m };
            var before = Save();
            foreach (var amount in amounts)
            {
                if (!northWestOnly && ++_searched > SearchBudget)
                {
                    return false;
                }

                Fix(open, amount, bound.Cell);
                choices.Add(amount == bound.Left
                    ? $"{CellNames.Of(_unknowns.Atoms[open])} = {CellNames.Amount(amount, constraint.Unit, constraint.Decimals)} {constraint.Unit.ToString()}: no printed cell fixes it alone; "
                        + $"as the first open amount (code, kind, fund order) it takes what {constraint.Cell} leaves"
                    : $"{CellNames.Of(_unknowns.Atoms[open])} = 0: no printed cell fixes it alone, and taking what {constraint.Cell} leaves would break another cell");
                if (Search(choices, northWestOnly))
                {
                    return true;
                }

                Restore(before);
                choices.RemoveAt(choices.Count - 1);
            }

            return false;
        }
    }

    /// <summary>True when some cell can no longer hold: all its amounts fixed and off by a printed step, or already exceeded.</summary>
    private bool Broken()
    {
        for (var c = 0; c < _constraints.Count; c++)
        {
            var residual = Residual(c);
            var step = _constraints[c].Step;
            if (residual <= -step || (_open[c] == 0 && residual >= step))
            {
                return true;
            }
        }

        return false;
    }

    private (decimal?[] Values, int[] FixedBy, int[] Open, decimal[] Known) Save()
        => ((decimal?[])_values.Clone(), (int[])_fixedBy.Clone(), (int[])_open.Clone(), (decimal[])_known.Clone());

    private void Restore((decimal?[] Values, int[] FixedBy, int[] Open, decimal[] Known) state)
    {
        state.Values.CopyTo(_values, 0);
        state.FixedBy.CopyTo(_fixedBy, 0);
        state.Open.CopyTo(_open, 0);
        state.Known.CopyTo(_known, 0);
    }

    /// <summary>
    /// After solving: each cell the solved amounts do not give back (by a printed step or more), with the cells that fixed
    /// the amounts it sums.
    /// </summary>
    public IReadOnlyList<string> Contradictions()
    {
        var result = new List<string>();
        for (var c = 0; c < _constraints.Count; c++)
        {
            var constraint = _constraints[c];
            var sum = constraint.Terms.Sum(t => _values[t] ?? 0m);
            if (Math.Abs(constraint.Yuan - sum) < constraint.Step)
            {
                continue;
            }

            var printed = CellNames.Amount(constraint.Printed, constraint.Decimals);
            if (constraint.Terms.Count == 0)
            {
                result.Add($"{constraint.Cell} {printed} but the form's facts put nothing in it");
                continue;
            }

            var sources = constraint.Terms.Where(t => _values[t] is not (null or 0m)).Select(t => _fixedBy[t]).Where(s => s >= 0 && s != c).Distinct().Order()
                .Select(s => _constraints[s].Cell).ToArray();
            var named = sources.Length == 0 ? "the other cells"
                : sources.Length <= 4 ? string.Join(", ", sources)
                : string.Join(", ", sources.Take(4)) + $" and {sources.Length - 4} more";
            result.Add($"{constraint.Cell} {printed} but {named} give {CellNames.Amount(sum, constraint.Unit, constraint.Decimals)}");
        }

        return result;
    }

    /// <summary>
    /// Fixes unknowns one cell at a time, always by the first cell that can fix one in the order: most precise first, then
    /// the fewest unknowns (the most specific), then printed order. So an edited cell contradicts the specific cells rather
    /// than overriding them.
    /// </summary>
    private void Propagate()
    {
        while (true)
        {
            var acted = false;
            foreach (var c in _order)
            {
                var open = _open[c];
                if (open == 0)
                {
                    continue;
                }

                var residual = Residual(c);
                if (residual == 0m || (open == 1 && residual > 0m))
                {
                    foreach (var t in _constraints[c].Terms.Where(t => _values[t] is null).ToArray())
                    {
                        Fix(t, residual == 0m ? 0m : residual, c);
                    }

                    acted = true;
                    break;
                }
            }

            if (!acted)
            {
                return;
            }
        }
    }

    private void Fix(int unknown, decimal amount, int by)
    {
        _values[unknown] = amount;
        _fixedBy[unknown] = by;
        foreach (var c in _containing[unknown])
        {
            _open[c]--;
            _known[c] += amount;
        }
    }

    private decimal Residual(int constraint) => _constraints[constraint].Yuan - _known[constraint];
}
