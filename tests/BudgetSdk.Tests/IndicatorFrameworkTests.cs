using System.Reflection;
using BudgetSdk.Codes;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests;

/// <summary>
/// The performance-indicator frameworks: Hebei 2024 (成本指标 under 产出指标) vs central 2021 (成本指标 a 一级 tier),
/// their typed tiers (<c>IndicatorTiers.Hebei2024.产出指标.数量指标</c>) and the look-ups an importer files rows with.
/// </summary>
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

    [Fact]
    public void Typed_tiers_are_the_framework_instances()
    {
        IndicatorTiers.Hebei2024.产出指标.数量指标.ShouldBeSameAs(Hebei.FindSecond("产出指标", "数量指标"));
        IndicatorTiers.Hebei2024.产出指标.Tier.ShouldBeSameAs(Hebei.FindFirst("产出指标"));
        IndicatorTiers.Central2021.成本指标.经济成本指标.ShouldBeSameAs(Central.FindSecond("成本指标", "经济成本指标"));
        IndicatorTiers.Central2021.成本指标.Tier.ShouldBeSameAs(Central.Find("成本指标"));
        IndicatorTiers.Hebei2024.产出指标.成本指标.Framework.ShouldBeSameAs(Hebei);
    }

    [Fact]
    public void Every_tier_of_every_framework_has_exactly_one_typed_member()
    {
        foreach (var frameworkClass in typeof(IndicatorTiers).GetNestedTypes())
        {
            var framework = (IndicatorFramework)typeof(IndicatorFrameworks).GetProperty(frameworkClass.Name)!.GetValue(null)!;
            var members = frameworkClass.GetNestedTypes()
                .SelectMany(c => c.GetProperties(BindingFlags.Public | BindingFlags.Static))
                .Select(p => (IndicatorTier)p.GetValue(null)!)
                .ToList();
            members.Count.ShouldBe(framework.Tiers.Count, framework.Id);
            framework.Tiers.ShouldAllBe(t => members.Count(m => ReferenceEquals(m, t)) == 1);
        }

        typeof(IndicatorTiers).GetNestedTypes().Length.ShouldBe(IndicatorFrameworks.All.Count);
    }

    [Fact]
    public void FindSecond_files_成本指标_under_产出指标_in_Hebei_2024_but_not_in_Central_2021()
    {
        Hebei.FindSecond("产出指标", "成本指标").ShouldNotBeNull().ShouldBeSameAs(IndicatorTiers.Hebei2024.产出指标.成本指标);
        Central.FindSecond("产出指标", "成本指标").ShouldBeNull();
        Central.FindFirst("成本指标").ShouldNotBeNull().Level.ShouldBe(1);
        Hebei.FindFirst("成本指标").ShouldBeNull();
        Hebei.FindSecond("满意度指标", "数量指标").ShouldBeNull();
    }

    [Fact]
    public void Tiers_link_to_their_parent_and_children()
    {
        var output = IndicatorTiers.Hebei2024.产出指标.Tier;
        output.ParentTier.ShouldBeNull();
        output.Children.ShouldBe([IndicatorTiers.Hebei2024.产出指标.数量指标, IndicatorTiers.Hebei2024.产出指标.质量指标,
            IndicatorTiers.Hebei2024.产出指标.时效指标, IndicatorTiers.Hebei2024.产出指标.成本指标]);
        IndicatorTiers.Hebei2024.产出指标.时效指标.ParentTier.ShouldBeSameAs(output);
        IndicatorTiers.Hebei2024.产出指标.时效指标.Children.ShouldBeEmpty();
        Hebei.SecondTiers.Count.ShouldBe(9);
        Hebei.SecondTiers.ShouldAllBe(t => t.Level == 2 && t.ParentTier != null && t.ParentTier.Children.Contains(t));
        Central.SecondTiers.Select(t => t.ParentTier!.Name).Distinct().ShouldBe(["成本指标", "产出指标", "效益指标", "满意度指标"]);
    }

    [Fact]
    public void Every_shipped_first_tier_is_required_and_no_second_tier_is()
    {
        foreach (var framework in IndicatorFrameworks.All)
        {
            framework.FirstTiers.ShouldAllBe(t => t.Required);
            framework.SecondTiers.ShouldAllBe(t => !t.Required);
        }
    }

    [Fact]
    public void An_indicator_takes_a_second_tier_and_derives_its_first_tier()
    {
        var indicator = new PerformanceIndicator(IndicatorTiers.Hebei2024.产出指标.成本指标, "人均补助", "d", IndicatorValue.Parse("8400元/年"), "计划标准");
        indicator.FirstTier.ShouldBeSameAs(IndicatorTiers.Hebei2024.产出指标.Tier);

        Should.Throw<ArgumentException>(() =>
            new PerformanceIndicator(IndicatorTiers.Hebei2024.产出指标.Tier, "人均补助", "d", IndicatorValue.Parse("8400元/年"), "计划标准"))
            .ParamName.ShouldBe("tier");
    }

    [Fact]
    public void The_generated_accessor_throws_for_a_tier_the_framework_does_not_have()
    {
        Hebei.Tier("产出指标", "数量指标").ShouldBeSameAs(IndicatorTiers.Hebei2024.产出指标.数量指标);
        Should.Throw<KeyNotFoundException>(() => Hebei.Tier("满意度指标", "数量指标")).Message.ShouldContain("hebei-2024");
        Should.Throw<KeyNotFoundException>(() => Hebei.Tier("成本指标", null));
    }

    [Fact]
    public void A_framework_cannot_be_built_with_a_second_tier_under_a_missing_first_tier()
    {
        Should.Throw<ArgumentException>(() => new IndicatorFramework("x", 2024, "t", null, [("产出指标", 1, null, true), ("数量指标", 2, "效益指标", false)]))
            .Message.ShouldContain("效益指标");
        Should.Throw<ArgumentException>(() => new IndicatorFramework("x", 2024, "t", null, [("产出指标", 1, null, true), ("产出指标", 1, null, true)]));
        Should.Throw<ArgumentException>(() => new IndicatorFramework("x", 2024, "t", null, [("数量指标", 3, null, true)]));

        // A 二级 tier listed before its 一级 tier is linked all the same; only a 一级 tier keeps a Required flag.
        var framework = new IndicatorFramework("x", 2024, "t", null, [("数量指标", 2, "产出指标", true), ("产出指标", 1, null, false)]);
        framework.FindSecond("产出指标", "数量指标").ShouldNotBeNull().ParentTier.ShouldBeSameAs(framework.FindFirst("产出指标"));
        framework.Tiers.ShouldAllBe(t => !t.Required);
    }
}
