using BudgetSdk.Rules.TableIdentities;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Rules;

/// <summary>
/// Checks the identities of the nine tables (<see cref="RuleCatalog.TableRules"/>) on any set of tables: derived
/// ones, which always pass, or ones read from a published document, which often do not.
/// </summary>
public static class TableChecks
{
    /// <summary>Every identity a set of tables breaks, each with its place and the expected and actual amounts.</summary>
    /// <param name="tables">Any of T1–T9; identities that need a table not given are skipped.</param>
    /// <param name="template">The template the tables follow (it says which lines and rows sum what).</param>
    public static IReadOnlyList<Problem> Check(IReadOnlyList<BudgetTable> tables, DisclosureTemplate template)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(template);
        var found = new TableProblems();
        var byId = tables.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First());
        // The schedules are not coded tables: their codes are catalogue codes, not a hierarchy.
        foreach (var table in byId.Values.Where(t => t.Id <= TableId.T9))
        {
            HierarchyCheck.Check(table, found);
            RowSumCheck.Check(table, found);
        }

        SummaryCheck.Check(byId, template, found);
        CrossTableCheck.Check(byId, template, found);
        if (byId.TryGetValue(TableId.T9, out var t9))
        {
            ThreePublicCheck.Check(t9, template, found);
        }

        return found.Problems;
    }
}
