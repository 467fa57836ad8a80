using BudgetSdk.Rules;

namespace BudgetSdk.Audit;

/// <summary>A rule's problem and the printed cell it is about, when the problem names one.</summary>
/// <param name="Problem">What the rule found.</param>
/// <param name="Cell">The cell, or null when the location is no cell of the document (the printed value is then the problem's actual one).</param>
/// <param name="Line">The line when there is no cell to take it from.</param>
internal sealed record CellProblem(Problem Problem, PrintedCell? Cell, int? Line = null);

/// <summary>
/// Turns problems about printed cells into findings, one per rule and row: identities are checked column by column,
/// so one publisher's mistake (a blank 合计 row, a 款 sum printed a cent off in 合计 and in 人员经费) would otherwise
/// be reported once per column. The finding points at the first column; its message names the others.
/// </summary>
internal static class CellFindings
{
    public static IEnumerable<Finding> From(IEnumerable<CellProblem> problems)
    {
        // GroupBy keeps the order in which each group first appears, so the findings are as deterministic as the rules.
        foreach (var group in problems.GroupBy(p => (p.Problem.RuleId, Row: (object?)p.Cell?.Row ?? p.Problem.Location)))
        {
            var first = group.First();
            var others = group.Skip(1).Select(p => $"{p.Cell?.ColumnName ?? p.Problem.Location} printed {Printed(p)}, expected {p.Problem.Expected ?? "-"}").ToArray();
            var message = others.Length == 0 ? first.Problem.Message : $"{first.Problem.Message}; also {string.Join("; ", others)}";
            yield return new Finding(first.Problem.RuleId, first.Problem.Severity, first.Problem.Location, Printed(first), first.Problem.Expected, message)
            {
                Line = first.Cell?.Row.Line ?? first.Line,
            };
        }
    }

    /// <summary>Locates each problem's cell by its table path.</summary>
    public static IEnumerable<Finding> FromTablePaths(IEnumerable<Problem> problems, IReadOnlyList<Import.PrintedTable> tables)
        => From(problems.Select(p => new CellProblem(p, PrintedCell.Find(tables, p.Location))));

    private static string? Printed(CellProblem problem) => problem.Cell?.Text ?? problem.Problem.Actual;
}
