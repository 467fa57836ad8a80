using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Performance.Values;
using BudgetSdk.Text;

namespace BudgetSdk.Tests.Rendering.RoundTrip;

/// <summary>A project of the disclosure against its 绩效目标表 read back: header, amounts, plan, goals and every indicator row.</summary>
internal static class ProjectDifferences
{
    public static IEnumerable<string> Of(Disclosure disclosure, IReadOnlyList<PrintedProject> printed)
    {
        var projects = disclosure.Facts.Projects;
        if (printed.Count != projects.Count)
        {
            yield return $"projects: {printed.Count} read, {projects.Count} stated: [{string.Join(", ", printed.Select(p => p.Name))}]";
            yield break;
        }

        for (var i = 0; i < projects.Count; i++)
        {
            var (fiscal, other) = disclosure.ProjectFunds[i];
            foreach (var difference in One(projects[i], fiscal, other, printed[i]).Select(d => $"projects[{i}] {projects[i].Name}: {d}"))
            {
                yield return difference;
            }
        }
    }

    private static IEnumerable<string> One(Project project, decimal fiscal, decimal other, PrintedProject printed)
    {
        if ((printed.Code ?? string.Empty) != project.Code)
        {
            yield return $"code read as {printed.Code}";
        }

        if (!Same(printed.Name, project.Name))
        {
            yield return $"name read as {printed.Name}";
        }

        if (printed.Budget != fiscal + other || printed.FiscalFunds != fiscal || (printed.OtherFunds ?? 0m) != other)
        {
            yield return $"amounts read as {printed.Budget} = {printed.FiscalFunds} + {printed.OtherFunds}, stated {fiscal + other} = {fiscal} + {other}";
        }

        if (!Same(printed.Purpose ?? string.Empty, project.Purpose))
        {
            yield return $"purpose read as {printed.Purpose}";
        }

        var plan = project.Plan?.Points.Select(p => (decimal?)p).ToArray() ?? new decimal?[4];
        var cells = printed.PlanCells.Select(Percent).ToArray();
        if (!cells.SequenceEqual(plan))
        {
            yield return $"plan read as {string.Join(" ", printed.PlanCells.Select(c => c ?? "blank"))}";
        }

        if (!printed.Goals.Select(Names).SequenceEqual(project.Goals.Select(Names)))
        {
            yield return $"goals read as [{string.Join(" | ", printed.Goals)}]";
        }

        foreach (var difference in Indicators(project, printed))
        {
            yield return difference;
        }
    }

    private static IEnumerable<string> Indicators(Project project, PrintedProject printed)
    {
        if (printed.Indicators.Count != project.Indicators.Count)
        {
            yield return $"{printed.Indicators.Count} indicator rows read, {project.Indicators.Count} stated";
            yield break;
        }

        for (var i = 0; i < printed.Indicators.Count; i++)
        {
            var read = printed.Indicators[i];
            var stated = project.Indicators[i];
            var same = read.FirstTier == stated.FirstTier.Name && read.SecondTier == stated.Tier.Name && Same(read.Name, stated.Name)
                && Same(read.Description, stated.Description) && IndicatorValue.Parse(read.Value).Equals(stated.Value) && Same(read.Basis, stated.Basis);
            if (!same)
            {
                yield return $"indicator {i} read as {read.FirstTier} | {read.SecondTier} | {read.Name} | {read.Description} | {read.Value} | {read.Basis} (line {read.Line}), "
                    + $"stated {stated.FirstTier.Name} | {stated.Tier.Name} | {stated.Name} | {stated.Description} | {stated.Value.Raw} | {stated.Basis}";
            }
        }
    }

    private static decimal? Percent(string? cell)
        => cell is { Length: > 0 } text && decimal.TryParse(text.Trim().TrimEnd('%'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool Same(string a, string b) => Names(a) == Names(b);

    // Wrapping and PDF spacing add or drop white space; a reader compares names without it.
    private static string Names(string text) => OfficialNames.Normalize(text);
}
