using BudgetSdk.Amounts;
using BudgetSdk.Import;
using BudgetSdk.Performance.Values;
using BudgetSdk.Rules;
using BudgetSdk.Tables;

namespace BudgetSdk.Audit;

/// <summary>
/// The checks on the printed 项目绩效目标表 that need the printed numbers rather than facts: the projects against
/// T3 项目支出 (BDR0202), 预算数 against its parts (BDR0905), and a plan printed in the wrong unit (BDR0902).
/// </summary>
internal static class ProjectChecks
{
    public static IEnumerable<Finding> Check(PublishedDisclosure document)
    {
        var projects = document.Projects;
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            if (project.Budget is { } budget && (project.FiscalFunds is not null || project.OtherFunds is not null)
                && (project.FiscalFunds ?? 0m) + (project.OtherFunds ?? 0m) is var parts && parts != budget)
            {
                var rule = AuditRules.ProjectBudget;
                yield return new Finding(rule.Id, rule.Severity, $"projects[{i}].budget", PrintedText.Of(budget), PrintedText.Wan(parts),
                    $"{project.Name}: 预算数 is not 财政资金 {PrintedText.Of(project.FiscalFunds)} + 其他资金 {PrintedText.Of(project.OtherFunds)}") { Line = project.Line };
            }

            if (PlanOf(project) is { Form: SpendingPlanForm.Amounts or SpendingPlanForm.Fractions } plan)
            {
                var rule = AuditRules.PlanAsPercent;
                yield return new Finding(rule.Id, rule.Severity, $"projects[{i}].plan", string.Join(" ", project.PlanCells.Select(c => c ?? PrintedText.Blank)),
                    string.Join(" ", plan.Percentages.Select(p => p is { } v ? PrintedText.Percent(v) : PrintedText.Blank)),
                    $"{project.Name}: under “{project.PlanHeader ?? "资金支出计划（%）"}” {plan.Message}") { Line = project.Line };
            }
        }

        if (ProjectsTotal(document) is { } total)
        {
            yield return total;
        }
    }

    /// <summary>How the project's 资金支出计划 cells read (the plan rules see a plan only when they read as percentages).</summary>
    private static SpendingPlanReading PlanOf(PrintedProject project)
        => SpendingPlanText.Read(project.PlanCells.Select(c => c ?? string.Empty).ToArray(), project.Budget ?? 0m);

    /// <summary>
    /// Σ 预算数 = the printed T3 项目支出 total, a table that prints no amount taking the one section 二 lists for it
    /// (<see cref="ListedProjects"/>); skipped when some project has no amount either way (2023 tables may print none),
    /// and when every amount is the list's and adds up as the list does, which BDR0909 checks. A document with 项目支出
    /// and no 项目绩效目标表 at all breaks it too, unless section 二 lists the projects (BDR0909 checks that list).
    /// When exactly one 预算数 is one slipped digit from making the sum, the message names it.
    /// </summary>
    private static Finding? ProjectsTotal(PublishedDisclosure document)
    {
        var projects = ListedProjects.WithListedAmounts(document);
        var list = document.ProjectList;
        if (projects.Any(p => p.Budget is null)
            || (projects.Count == 0 && list is not null)
            || ProjectSpending(document) is not { } cell)
        {
            return null;
        }

        var sum = projects.Sum(p => p.Budget!.Value);
        var listed = document.Projects.Count(ListedProjects.PrintsNoAmount);
        if (sum == (cell.Value ?? 0m) || (projects.Count > 0 && listed == projects.Count && list is { Complete: true } && sum == list.Items.Sum(i => i.Amount)))
        {
            return null;
        }

        var rule = RuleCatalog.ProjectsTotal;
        var from = listed == 0 ? string.Empty : $" ({listed} of them as section 二 lists them)";
        var message = projects.Count == 0
            ? $"the document prints no 项目绩效目标表, but T3 项目支出 (合计) prints {cell.Text}"
            : $"the {projects.Count} projects' 预算数{from} add up to {PrintedText.Wan(sum)}, but T3 项目支出 (合计) prints {cell.Text}";
        if (DigitSlip.InList(projects.Select(p => PrintedText.Of(p.Budget)).ToArray(), cell.Value ?? 0m) is { } slip)
        {
            message += $"; {projects[slip.Index].Name}: {slip.Slip.Explanation}";
        }

        return new Finding(rule.Id, rule.Severity, "projects", PrintedText.Wan(sum), cell.Text, message)
        {
            Line = projects.Count > 0 ? projects[0].Line : cell.Row.Line,
        };
    }

    /// <summary>The T3 项目支出 cell of the 合计 row, or null when T3 does not print it.</summary>
    internal static PrintedCell? ProjectSpending(PublishedDisclosure document)
        => document.Table(TableId.T3) is { } t3 && t3.Rows.FirstOrDefault(r => r.Code is null && r.Label == "合计") is { } total
            && t3.Columns.ToList().IndexOf("项目支出") is var column and >= 0
            ? new PrintedCell(t3, total, column)
            : null;
}
