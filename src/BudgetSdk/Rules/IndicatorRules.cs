using System.Globalization;
using BudgetSdk.Facts;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;

namespace BudgetSdk.Rules;

/// <summary>
/// Rules on a project's indicator grid (项目绩效目标表): the 一级 tiers its framework requires, a 成本指标 in money
/// that restates the budget, satisfaction as a percentage, and values that could not be read.
/// </summary>
internal static class IndicatorRules
{
    /// <summary>What a 成本指标 may differ from the budget by: half a cent of 万元, the rounding of print.</summary>
    private const decimal Tolerance = 0.005m;

    public static void Check(RuleContext context)
    {
        var projects = context.Facts.Projects;
        for (var p = 0; p < projects.Count; p++)
        {
            var project = projects[p];
            if (project.Framework is not { } framework)
            {
                continue;
            }

            var at = $"projects[{p}]";

            // One money 成本指标 restates the budget; several split it into parts (≤1万元 + ≤3万元 of a 10.17万元
            // project), whose relation to the whole the table does not state, so they are not compared.
            var costs = project.Indicators.Count(i => IsCost(i) && CostInWan(project, i) is not null);
            foreach (var missing in framework.FirstTiers.Where(t => t.Required && project.Indicators.All(i => i.FirstTier != t)))
            {
                context.Report(RuleCatalog.RequiredTier, at + ".indicators", $"{project.Name} has no indicator under {missing.Name}", $"at least one indicator under each of {string.Join("、", framework.FirstTiers.Where(t => t.Required).Select(t => t.Name))}", "none under " + missing.Name);
            }

            for (var i = 0; i < project.Indicators.Count; i++)
            {
                var indicator = project.Indicators[i];
                var path = $"{at}.indicators[{i}].value";
                if (indicator.Value.Kind == IndicatorValueKind.Malformed)
                {
                    context.Report(RuleCatalog.ReadableValue, path, $"{project.Name}: {indicator.Name}: {string.Join("; ", indicator.Value.Flags)}", "an operator, a number and a unit; a date; a yes/no form; or text", indicator.Value.Raw);
                }
                else if (indicator.FirstTier.Name == "满意度指标" && indicator.Value.Unit != IndicatorUnits.Percent)
                {
                    context.Report(RuleCatalog.SatisfactionPercent, path, $"{project.Name}: {indicator.Name} is a satisfaction indicator", "a percentage, e.g. ≥95%", indicator.Value.Raw);
                }

                if (costs == 1 && IsCost(indicator) && CostInWan(project, indicator) is { } cost && !Agrees(indicator.Value.Operator, project.Budget.Wan, cost))
                {
                    var slip = Agrees(indicator.Value.Operator, project.Budget.Wan, cost / 10000m) ? "; as 元 it would agree, so the unit looks wrong" : string.Empty;
                    context.Report(RuleCatalog.CostAgreesWithBudget, path, $"{project.Name}: 成本指标 {indicator.Name} does not restate the budget{slip}", Wan(project.Budget.Wan), indicator.Value.Raw);
                }
            }
        }
    }

    private static bool IsCost(PerformanceIndicator indicator) => indicator.Tier.Name == "成本指标" || indicator.FirstTier.Name == "成本指标";

    /// <summary>
    /// The cost in 万元 for the whole project: a money amount as it stands; a rate per year as the year's cost; a rate
    /// per person (元/人) times the project's one 数量指标 counted in the same unit. Null when it cannot be compared.
    /// </summary>
    private static decimal? CostInWan(Project project, PerformanceIndicator indicator)
    {
        var value = indicator.Value;
        if (value.Kind != IndicatorValueKind.Comparison || value.Unit is not { } unit || value.ToWan() is not { } wan)
        {
            return null;
        }

        if (unit.Kind == IndicatorUnitKind.Money || unit.Per == "年")
        {
            return wan;
        }

        var counts = project.Indicators.Where(i => i.Tier.Name == "数量指标" && i.Value.Unit?.Symbol == unit.Per && i.Value.Number is not null).ToArray();
        // A count so large that the product overflows is no count a budget restates.
        return counts.Length == 1 && counts[0].Value.Number is { } count && (count == 0m || Math.Abs(wan) <= decimal.MaxValue / Math.Abs(count)) ? wan * count : null;
    }

    /// <summary>Whether the budget satisfies the indicator: equal within print rounding, or on the side its operator says.</summary>
    private static bool Agrees(IndicatorOperator op, decimal budget, decimal cost) => op switch
    {
        IndicatorOperator.LessOrEqual or IndicatorOperator.LessThan => budget <= cost + Tolerance,
        IndicatorOperator.GreaterOrEqual or IndicatorOperator.GreaterThan => budget + Tolerance >= cost,
        _ => Math.Abs(budget - cost) <= Tolerance,
    };

    private static string Wan(decimal wan) => wan.ToString("0.00", CultureInfo.InvariantCulture) + "万元";
}
