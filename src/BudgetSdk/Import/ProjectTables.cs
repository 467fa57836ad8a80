using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;

namespace BudgetSdk.Import;

/// <summary>
/// Turns a printed 项目绩效目标表 into a <see cref="Project"/>: tiers filed in a framework, values parsed, the
/// 资金支出计划 read as percentages. What cannot be represented is returned as issues, never dropped silently.
/// </summary>
public static class ProjectTables
{
    /// <summary>Reads a printed project table in a framework.</summary>
    /// <param name="printed">The table as printed.</param>
    /// <param name="framework">The framework its tiers belong to, e.g. <c>IndicatorFrameworks.Hebei2024</c>.</param>
    public static ProjectReading Read(PrintedProject printed, IndicatorFramework framework)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(framework);
        var issues = new List<string>();
        var indicators = new List<PerformanceIndicator>();
        foreach (var row in printed.Indicators)
        {
            var tier = framework.FindSecond(row.FirstTier, row.SecondTier);
            if (tier is null)
            {
                issues.Add($"line {row.Line}: {row.SecondTier} is not a 二级 tier under {row.FirstTier} in {framework.Id}; the indicator {row.Name} cannot be filed");
                continue;
            }

            indicators.Add(new PerformanceIndicator(tier, row.Name, row.Description, IndicatorValue.Parse(row.Value), row.Basis));
        }

        var budget = printed.Budget ?? (printed.FiscalFunds ?? 0m) + (printed.OtherFunds ?? 0m);
        var plan = SpendingPlanText.Read(printed.PlanCells.Select(c => c ?? string.Empty).ToArray(), budget);
        if (plan.Form != SpendingPlanForm.Percent && printed.PlanCells.Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            issues.Add($"line {printed.Line}: 资金支出计划 {plan.Message}");
        }

        // 财政资金 is what the table prints; when only 预算数 is printed, it is all 财政资金.
        var fiscal = printed.FiscalFunds ?? printed.Budget ?? 0m;
        var project = new Project(
            printed.Code ?? string.Empty,
            printed.Name,
            Money.FromWan(fiscal),
            Money.FromWan(printed.OtherFunds ?? 0m),
            printed.Purpose ?? string.Empty,
            Plan: plan.Form == SpendingPlanForm.Percent ? plan.ToPlan() : null,
            Goals: printed.Goals)
        {
            MediumTermGoal = printed.LongTermGoal,
            Indicators = indicators,
        };
        return new ProjectReading(project, issues);
    }
}

/// <summary>A project read from its printed table, and what could not be represented.</summary>
/// <param name="Project">The project.</param>
/// <param name="Issues">Rows or cells that could not be represented, with their line.</param>
public sealed record ProjectReading(Project Project, IReadOnlyList<string> Issues);
