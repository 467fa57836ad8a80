using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0907: every table the template lists (its <c>tables</c> part, keys T1…T9) is printed. A document that prints some
/// tables only is read as far as it goes, and each table it lacks is one finding naming the table by its title.
/// </summary>
internal static class RequiredTables
{
    public static IEnumerable<Finding> Check(PublishedDisclosure document, DisclosureTemplate template)
    {
        var rule = AuditRules.RequiredTable;
        foreach (var line in template.Parts["tables"].Lines)
        {
            foreach (var key in line.Keys)
            {
                if (Enum.TryParse<TableId>(key, out var id) && document.Table(id) is null)
                {
                    yield return new Finding(rule.Id, rule.Severity, id.ToString(), null, null, $"{line.Label} is missing");
                }
            }
        }
    }
}
