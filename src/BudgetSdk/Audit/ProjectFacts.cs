using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Performance;

namespace BudgetSdk.Audit;

/// <summary>Printed 项目绩效目标表 as <see cref="Project"/> facts, read by <see cref="ProjectTables"/>.</summary>
internal static class ProjectFacts
{
    /// <summary>
    /// The projects as facts, in printed order: 财政资金 and 其他资金 as printed (a table that prints no amount takes the
    /// one section 二 lists for it), the indicators filed in the document's
    /// framework, the plan when its cells are percentages with every point printed.
    /// </summary>
    public static IReadOnlyList<Project> Of(PublishedDisclosure document)
    {
        var framework = FrameworkOf(document);
        return ListedProjects.WithListedAmounts(document).Select(p => ProjectTables.Read(p, framework).Project).ToArray();
    }

    /// <summary>The printed indicator rows that became a project's indicators, in the same order (rows of no tier of the framework are left out).</summary>
    public static IReadOnlyList<PrintedIndicator> Filed(PrintedProject project, IndicatorFramework framework)
        => project.Indicators.Where(r => framework.FindSecond(r.FirstTier, r.SecondTier) is not null).ToArray();

    /// <summary>
    /// The indicator framework whose tiers file most of the printed indicators (hebei-2024 files 产出指标/成本指标,
    /// central-2021 makes 成本指标 a 一级 tier), then one whose required 一级 tiers the document prints, then the newest
    /// not after the budget year: the document says which framework it follows only through its tiers.
    /// </summary>
    public static IndicatorFramework FrameworkOf(PublishedDisclosure document)
    {
        var rows = document.Projects.SelectMany(p => p.Indicators).ToArray();
        var printed = rows.Select(r => r.FirstTier).ToHashSet(StringComparer.Ordinal);

        // Grids without a 成本指标 row file alike in both frameworks; a 2023 document would then take central-2021 for
        // its edition and be told that every project lacks the 一级 成本指标 it never meant to print.
        return IndicatorFrameworks.All
            .OrderByDescending(f => rows.Count(r => f.FindSecond(r.FirstTier, r.SecondTier) is not null))
            .ThenByDescending(f => f.FirstTiers.Where(t => t.Required).All(t => printed.Contains(t.Name)))
            .ThenByDescending(f => f.Edition <= document.Header.Year)
            .ThenByDescending(f => f.Edition)
            .First();
    }

    /// <summary>A printed amount as money; published documents print no negative amounts, and a misread one counts as none.</summary>
    public static Money Wan(decimal? wan) => wan is > 0m ? Money.FromWan(wan.Value) : Money.Zero;
}
