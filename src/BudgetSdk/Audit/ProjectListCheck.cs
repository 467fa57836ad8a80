using BudgetSdk.Amounts;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0909: the projects section 二 lists after 项目支出 (<see cref="PrintedProjectList"/>). A complete list adds up to
/// the T3 项目支出 total; a partial one (主要为 …等) need not. Each item matched to a 项目绩效目标表 by name
/// (<see cref="ListedProjects"/>) that prints a 预算数 prints the same amount. When one amount is a slipped digit away
/// from being right (<see cref="DigitSlip"/>), the message says so.
/// </summary>
internal static class ProjectListCheck
{
    public static IEnumerable<Finding> Check(PublishedDisclosure document, DisclosureTemplate template)
    {
        if (document.ProjectList is not { } list)
        {
            yield break;
        }

        var rule = AuditRules.ProjectList;
        var section = NarrativeCheck.Section(template, 2);
        // A list that names other things than the tables' projects (本级支出, 下属单位) is not summed: at least half its
        // items must be matched to a table, when the document prints any.
        var byProject = ListedProjects.ByProject(document);
        var about = document.Projects.Count == 0 || byProject.Count(i => i is not null) * 2 >= list.Items.Count;
        var sum = list.Items.Sum(i => i.Amount);
        if (list.Complete && about && ProjectChecks.ProjectSpending(document) is { } cell && (cell.Value ?? 0m) is var spending && sum != spending)
        {
            var message = $"the {list.Items.Count} projects section 二 lists add up to {PrintedText.Wan(sum)}万元, but T3 项目支出 (合计) prints {cell.Text}";
            if (DigitSlip.InList(list.Items.Select(i => i.AmountText).ToArray(), spending) is { } slip)
            {
                message += $"; {list.Items[slip.Index].Name}: {slip.Slip.Explanation}";
            }

            yield return new Finding(rule.Id, rule.Severity, $"{section}/项目支出", PrintedText.Wan(sum), cell.Text, message) { Line = list.Line };
        }

        for (var p = 0; p < byProject.Length; p++)
        {
            var project = document.Projects[p];
            if (byProject[p] is not { } item || Budget(project) is not { } budget || budget == item.Amount)
            {
                continue;
            }

            var slip = DigitSlip.Between(item.AmountText, budget) is { } s ? "; " + s.Explanation : string.Empty;
            yield return new Finding(rule.Id, rule.Severity, $"{section}/{item.Name}{item.AmountText}万元", item.AmountText, PrintedText.Wan(budget),
                $"section 二 lists {item.Name} at {item.AmountText}万元, but the 项目绩效目标表 of {project.Name} (projects[{p}]) prints 预算数 {PrintedText.Wan(budget)}{slip}")
            {
                Line = item.Line,
            };
        }
    }

    /// <summary>The table's 预算数, or its parts when it prints only those.</summary>
    private static decimal? Budget(PrintedProject project)
        => project.Budget ?? (ListedProjects.PrintsNoAmount(project) ? null : (project.FiscalFunds ?? 0m) + (project.OtherFunds ?? 0m));
}
