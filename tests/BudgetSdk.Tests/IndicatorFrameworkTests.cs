using BudgetSdk.Codes;
using BudgetSdk.Performance;

namespace BudgetSdk.Tests;

/// <summary>The performance-indicator frameworks: Hebei 2024 (成本指标 under 产出指标) vs central 2021 (成本指标 a 一级 tier).</summary>
public class IndicatorFrameworkTests
{
    private static IndicatorFramework Hebei => IndicatorFrameworks.Hebei2024;

    private static IndicatorFramework Central => IndicatorFrameworks.Central2021;

    [Fact]
    public void Hebei_2024_has_three_first_tiers()
    {
        Hebei.Id.ShouldBe("hebei-2024");
        Hebei.FirstTiers.Select(t => t.Name).ShouldBe(["产出指标", "效益指标", "满意度指标"]);
        Hebei.FirstTiers.ShouldAllBe(t => t.Parent == null && ReferenceEquals(t.Framework, Hebei));
    }

    [Fact]
    public void Hebei_2024_files_成本指标_under_产出指标()
    {
        var cost = Hebei.Find("成本指标").ShouldNotBeNull();
        cost.Level.ShouldBe(2);
        cost.Parent.ShouldBe("产出指标");

        var output = Hebei.Find("产出指标").ShouldNotBeNull();
        Hebei.ChildrenOf(output).ShouldContain(cost);
        Hebei.ChildrenOf(output).Select(t => t.Name).ShouldBe(["数量指标", "质量指标", "时效指标", "成本指标"]);
    }

    [Fact]
    public void Central_2021_has_成本指标_as_a_first_tier()
    {
        Central.Id.ShouldBe("central-2021");
        var cost = Central.Find("成本指标").ShouldNotBeNull();
        cost.Level.ShouldBe(1);
        cost.Parent.ShouldBeNull();
        Central.FirstTiers.Select(t => t.Name).ShouldBe(["成本指标", "产出指标", "效益指标", "满意度指标"]);
        Central.ChildrenOf(Central.Find("产出指标").ShouldNotBeNull()).ShouldNotContain(t => t.Name == "成本指标");
    }

    [Fact]
    public void Every_second_tier_names_a_first_tier_of_its_framework()
    {
        foreach (var framework in IndicatorFrameworks.All)
        {
            var firsts = framework.FirstTiers.Select(t => t.Name).ToHashSet();
            framework.Tiers.Where(t => t.Level == 2).ShouldAllBe(t => t.Parent != null && firsts.Contains(t.Parent));
            framework.Tiers.ShouldAllBe(t => t.Level == 1 || t.Level == 2);
            framework.Tiers.Select(t => t.Name).ShouldBeUnique();
        }
    }

    [Fact]
    public void All_lists_both_frameworks()
    {
        IndicatorFrameworks.All.Select(f => f.Id).ShouldBe(["central-2021", "hebei-2024"], ignoreOrder: true);
    }

    [Fact]
    public void Seed_000_project_tables_use_only_tiers_of_the_Hebei_2024_framework()
    {
        var pairs = Seeds.IndicatorTierPairs();

        pairs.Count.ShouldBeGreaterThanOrEqualTo(13 * 6, "13 project tables with 6 rows each");
        var problems = pairs
            .Distinct()
            .Where(p => Hebei.Find(p.First) is not { Level: 1 } || Hebei.Find(p.Second) is not { Level: 2 } second || second.Parent != p.First)
            .Select(p => $"{p.First} › {p.Second}")
            .ToList();
        problems.ShouldBeEmpty();
        pairs.ShouldContain(("产出指标", "成本指标"));
    }
}
