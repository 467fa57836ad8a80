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
    /// Σ printed 预算数 = the printed T3 项目支出 total; skipped when some project prints no 预算数 (2023 tables may not).
    /// A document with 项目支出 and no 项目绩效目标表 at all breaks it too.
    /// </summary>
    private static Finding? ProjectsTotal(PublishedDisclosure document)
    {
        var projects = document.Projects;
        if (projects.Any(p => p.Budget is null)
            || document.Table(TableId.T3) is not { } t3 || t3.Rows.FirstOrDefault(r => r.Code is null && r.Label == "合计") is not { } total
            || t3.Columns.ToList().IndexOf("项目支出") is var column && column < 0)
        {
            return null;
        }

        var sum = projects.Sum(p => p.Budget!.Value);
        var cell = new PrintedCell(t3, total, column);
        if (sum == (cell.Value ?? 0m))
        {
            return null;
        }

        var rule = RuleCatalog.ProjectsTotal;
        return new Finding(rule.Id, rule.Severity, "projects", PrintedText.Wan(sum), cell.Text,
            $"the {projects.Count} projects' 预算数 add up to {PrintedText.Wan(sum)}, but T3 项目支出 (合计) prints {cell.Text}")
        {
            Line = projects.Count > 0 ? projects[0].Line : total.Line,
        };
    }
}
