using System.Globalization;
using BudgetSdk.Facts;

namespace BudgetSdk.Rules;

/// <summary>Rules on each project's header: its code and its 资金支出计划.</summary>
internal static class ProjectRules
{
    private const int CodeLength = 21;

    public static void Check(RuleContext context)
    {
        var facts = context.Facts;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A form that may print no 项目编码 (the 2023 form, template part project-header) leaves such projects uncoded.
        var uncodedAllowed = context.Template?.MayOmitProjectField("code") ?? false;
        for (var i = 0; i < facts.Projects.Count; i++)
        {
            var project = facts.Projects[i];
            var at = $"projects[{i}]";
            if (project.Code.Length == 0 && uncodedAllowed)
            {
                CheckPlanOf(context, at, project);
                continue;
            }

            CheckCode(context, at + ".code", project.Code, facts.Header.RegionCode, facts.Header.Year);
            if (!seen.Add(project.Code))
            {
                context.Report(RuleCatalog.ProjectUnique, at + ".code", $"项目编码 {project.Code} is used by an earlier project", "a code of its own", project.Code);
            }

            CheckPlanOf(context, at, project);
        }
    }

    private static void CheckPlanOf(RuleContext context, string at, Project project)
    {
        if (project.Plan is { } plan)
        {
            CheckPlan(context, at + ".plan", plan.Points);
        }
    }

    private static void CheckCode(RuleContext context, string at, string code, string region, int year)
    {
        // No check character is known, so the code is opaque after its length, region and year.
        var expected = $"{CodeLength} characters starting with {region} and a year ≤ {year % 100:00}";
        if (code.Length != CodeLength || !code.StartsWith(region, StringComparison.Ordinal)
            || !int.TryParse(code.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var codeYear) || codeYear > year % 100)
        {
            context.Report(RuleCatalog.ProjectCode, at, $"项目编码 {code} does not fit the region and year", expected, code);
        }
    }

    private static void CheckPlan(RuleContext context, string at, IReadOnlyList<decimal> points)
    {
        string[] months = { "3月底", "6月底", "10月底", "12月底" };
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] < 0m || points[i] > 100m)
            {
                context.Report(RuleCatalog.PlanEnd, $"{at}/{months[i]}", "a cumulative share is a percentage between 0 and 100", "0–100", Percent(points[i]));
            }

            if (i > 0 && points[i] < points[i - 1])
            {
                context.Report(RuleCatalog.PlanOrder, $"{at}/{months[i]}", $"the plan falls from {Percent(points[i - 1])} at {months[i - 1]}", $"at least {Percent(points[i - 1])}", Percent(points[i]));
            }
        }

        if (points[^1] != 100m)
        {
            context.Report(RuleCatalog.PlanEnd, $"{at}/12月底", "by the end of the year the whole budget is spent", "100%", Percent(points[^1]));
        }
    }

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
