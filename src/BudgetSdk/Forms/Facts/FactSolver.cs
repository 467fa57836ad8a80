namespace BudgetSdk.Forms.Facts;

/// <summary>
/// Solves the printed cells for the unknown amounts, from the most specific cells outward: a cell with one unknown left
/// fixes it (its amount less what is known), and a cell whose known amounts already reach it fixes every other unknown it
/// sums at zero (no amount is negative). The most precise cells (元 before 万元) are used first, so a rounded cell only
/// fixes what no exact cell does.
/// </summary>
/// <remarks>
/// When no cell fixes an unknown alone (the document leaves a split open, e.g. how two non-fiscal sources of one code divide
/// between 基本支出 and 项目支出), the rule is the “north-west corner” of a transport table: the first open unknown in the
/// unknowns' order (code, then kind, then fund) takes the least amount its cells leave open, and solving resumes. Every
/// printed cell still holds, and each such choice is reported as one line.
/// </remarks>
internal sealed class FactSolver
{
    private readonly FactUnknowns _unknowns;
    private readonly IReadOnlyList<CellConstraint> _constraints;
    private readonly List<int>[] _containing;
    private readonly decimal?[] _values;
    private readonly int[] _fixedBy;

    public FactSolver(FactUnknowns unknowns, IReadOnlyList<CellConstraint> constraints)
    {
        _unknowns = unknowns;
        _constraints = constraints;
        var count = unknowns.Atoms.Count;
        _values = new decimal?[count];
        _fixedBy = Enumerable.Repeat(-1, count).ToArray();
        _containing = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
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
        var choices = new List<string>();
        var steps = _constraints.Select(c => c.Step).Distinct().Order().ToArray();
        while (true)
        {
            Propagate(steps);
            var open = Array.FindIndex(_values, v => v is null);
            if (open < 0)
            {
                return choices;
            }

            if (_containing[open].Count == 0)
            {
                _values[open] = 0m;
                continue;
            }

            // The finest cells that take the unknown bound it; it takes the least they leave open.
            var finest = _containing[open].Min(c => _constraints[c].Step);
            var bound = _containing[open].Where(c => _constraints[c].Step == finest)
                .Select(c => (Cell: c, Left: Math.Max(0m, Residual(_constraints[c]))))
                .OrderBy(b => b.Left).ThenBy(b => b.Cell).First();
            _values[open] = bound.Left;
            _fixedBy[open] = bound.Cell;
            var constraint = _constraints[bound.Cell];
            choices.Add($"{CellNames.Of(_unknowns.Atoms[open])} = {CellNames.Amount(bound.Left, constraint.Unit, constraint.Decimals)} {constraint.Unit.ToString()}: no printed cell fixes it alone; "
                + $"as the first open amount (code, kind, fund order) it takes what {constraint.Cell} leaves");
        }
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

            var sources = constraint.Terms.Select(t => _fixedBy[t]).Where(s => s >= 0 && s != c).Distinct().Order()
                .Select(s => _constraints[s].Cell).ToArray();
            var named = sources.Length == 0 ? "the other cells"
                : sources.Length <= 4 ? string.Join(", ", sources)
                : string.Join(", ", sources.Take(4)) + $" and {sources.Length - 4} more";
            result.Add($"{constraint.Cell} {printed} but {named} give {CellNames.Amount(sum, constraint.Unit, constraint.Decimals)}");
        }

        return result;
    }

    private void Propagate(decimal[] steps)
    {
        var level = 0;
        while (level < steps.Length)
        {
            level = Pass(steps[level]) ? 0 : level + 1;
        }
    }

    /// <summary>One pass over the cells at most <paramref name="step"/> coarse; true when it fixed an unknown.</summary>
    private bool Pass(decimal step)
    {
        var changed = false;
        for (var c = 0; c < _constraints.Count; c++)
        {
            var constraint = _constraints[c];
            if (constraint.Step > step)
            {
                continue;
            }

            var open = constraint.Terms.Where(t => _values[t] is null).ToArray();
            if (open.Length == 0)
            {
                continue;
            }

            var residual = Residual(constraint);
            if (residual == 0m || (open.Length == 1 && residual > 0m))
            {
                foreach (var t in open)
                {
                    _values[t] = residual == 0m ? 0m : residual;
                    _fixedBy[t] = c;
                }

                changed = true;
            }
        }

        return changed;
    }

    private decimal Residual(CellConstraint constraint) => constraint.Yuan - constraint.Terms.Sum(t => _values[t] ?? 0m);
}
