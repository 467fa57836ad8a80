using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;
using BudgetSdk.Samples;

namespace BudgetSdk.Tests.Rules;

/// <summary>
/// How a 成本指标 is compared with the budget, on seed 000's 定向选调生房租补助 (1.80万元; 1 人 at 18000 元/人).
/// </summary>
public class IndicatorRuleTests
{
    private static DisclosureFacts Valid => Lulong2024.Facts().Facts;

    [Fact]
    public void A_rate_per_person_is_multiplied_by_the_count_in_persons()
    {
        Problems(WithValues(("1 人", 0), ("18000 元/人", 3))).ShouldBeEmpty();

        var problem = Problems(WithValues(("2 人", 0))).ShouldHaveSingleItem();
        problem.RuleId.ShouldBe("BDR0802");
        problem.Location.ShouldBe("projects[0].indicators[3].value");
        problem.Expected.ShouldBe("1.80万元");
        problem.Actual.ShouldBe("18000 元/人");
    }

    [Fact]
    public void A_cost_in_wan_that_would_agree_in_yuan_says_the_unit_looks_wrong()
    {
        // The example: a cost of 1243800万元 on a 124.38 万元 project; here 18000万元 on 1.80万元.
        var problem = Problems(WithValues(("18000万元", 3))).ShouldHaveSingleItem();

        problem.Message.ShouldContain("as 元 it would agree");
    }

    [Theory]
    [InlineData("≤1.80万元", true)]
    [InlineData("≤2万元", true)]
    [InlineData("≥1.80万元", true)]
    [InlineData("≥2万元", false)]
    [InlineData("18000元", true)]
    [InlineData("17900元", false)]
    public void The_operator_says_on_which_side_the_budget_may_lie(string cost, bool agrees)
    {
        Problems(WithValues((cost, 3))).Any(p => p.RuleId == "BDR0802").ShouldBe(!agrees);
    }

    [Fact]
    public void A_project_without_indicators_is_not_checked_against_a_framework()
    {
        var facts = Valid with { Projects = Valid.Projects.Select(p => p with { Indicators = Array.Empty<PerformanceIndicator>() }).ToArray() };

        Problems(facts).ShouldBeEmpty();
    }

    private static IReadOnlyList<BudgetSdk.Rules.Problem> Problems(DisclosureFacts facts) => DisclosureAssembler.Build(facts, BuildSettings.Default).Problems;

    private static DisclosureFacts WithValues(params (string Value, int Index)[] values)
        => Valid with
        {
            Projects = Valid.Projects.Select((p, n) => n != 0 ? p : p with
            {
                Indicators = p.Indicators.Select((i, k) => values.Any(v => v.Index == k)
                    ? new PerformanceIndicator(i.Tier, i.Name, i.Description, IndicatorValue.Parse(values.First(v => v.Index == k).Value), i.Basis)
                    : i).ToArray(),
            }).ToArray(),
        };
}
