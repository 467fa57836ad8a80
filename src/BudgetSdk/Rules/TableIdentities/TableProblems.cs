using BudgetSdk.Tables;

namespace BudgetSdk.Rules.TableIdentities;

/// <summary>Collects table identity problems, formatting places and amounts the same way for every check.</summary>
internal sealed class TableProblems
{
    private readonly List<Problem> _problems = new();

    public IReadOnlyList<Problem> Problems => _problems;

    /// <summary>Reports when the printed amount is not the expected one.</summary>
    public void Expect(Rule rule, BudgetTable table, string row, int column, decimal expected, decimal actual, string what)
    {
        if (expected != actual)
        {
            _problems.Add(new Problem(rule.Id, rule.Severity, $"{table.Id}/{row}/{table.Columns[column]}", what, Problem.Wan(expected), Problem.Wan(actual)));
        }
    }

    /// <summary>The key printed in a location: the code, else the label (the expense label on T1/T4's expense side).</summary>
    public static string KeyOf(TableRow row, bool expenseSide = false)
        => row.Code ?? (expenseSide ? row.ExpenseLabel ?? row.Label : row.Label.Length > 0 ? row.Label : row.ExpenseLabel ?? string.Empty);
}
