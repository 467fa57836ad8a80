using BudgetSdk.Amounts;

namespace BudgetSdk.Tests.Amounts;

/// <summary>
/// The rounding rule: a group of amounts is rounded so that the printed parts add up to the printed total, which is
/// the exact total rounded 四舍五入.
/// </summary>
public class ApportionmentTests
{
    [Fact]
    public void Independent_rounding_would_print_267_42_for_a_total_of_267_41_but_the_group_rule_cannot()
    {
        // 30101 and 30102 of seed 002 as 元 amounts that each end in half a cent of 万元.
        var parts = new[] { 1_176_750m, 123_350m, 49_400m, 679_200m, 310_400m, 160_400m, 15_400m, 159_200m }.Select(Money.FromYuan).ToArray();
        var independent = parts.Sum(p => decimal.Round(p.Wan, 2, MidpointRounding.AwayFromZero));

        var rounded = Apportionment.RoundGroup(parts);

        independent.ShouldBe(267.42m);
        rounded.Sum().ShouldBe(267.41m);
        rounded[0].ShouldBe(117.68m); // equal remainders: the earlier part takes the cent
        rounded[1].ShouldBe(12.33m);
        rounded.Skip(2).ShouldBe(new[] { 4.94m, 67.92m, 31.04m, 16.04m, 1.54m, 15.92m });
    }

    [Fact]
    public void Amounts_in_whole_cents_are_unchanged()
    {
        var parts = new[] { 267.58m, 0.26m, 22.20m }.Select(Money.FromWan).ToArray();

        Apportionment.RoundGroup(parts).ShouldBe(new[] { 267.58m, 0.26m, 22.20m });
    }

    [Fact]
    public void The_largest_remainder_takes_the_missing_cent()
    {
        // 0.333 + 0.333 + 0.334 = 1.000: truncated 0.33 + 0.33 + 0.33 = 0.99, and 0.334 has the largest remainder.
        var parts = new[] { 3_330m, 3_330m, 3_340m }.Select(Money.FromYuan).ToArray();

        Apportionment.RoundGroup(parts).ShouldBe(new[] { 0.33m, 0.33m, 0.34m });
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, 0.02)]
    [InlineData(MidpointRounding.ToEven, 0.02)]
    public void The_total_rounds_by_the_configured_midpoint_rule(MidpointRounding midpoint, double expected)
    {
        // 0.015 万元 = 150 元: 四舍五入 gives 0.02; to-even also gives 0.02 (2 is even).
        Apportionment.RoundGroup(new[] { Money.FromYuan(150m) }, midpoint).ShouldBe(new[] { (decimal)expected });
        Apportionment.RoundGroup(new[] { Money.FromYuan(250m) }, midpoint).Sum().ShouldBe(midpoint == MidpointRounding.ToEven ? 0.02m : 0.03m);
    }

    [Fact]
    public void An_empty_group_rounds_to_nothing()
    {
        Apportionment.RoundGroup(Array.Empty<Money>()).ShouldBeEmpty();
    }

    [Fact]
    public void Nested_groups_take_their_totals_from_the_rounded_grand_total()
    {
        // Three groups of 0.005 万元 each: alone each would print 0.01 (0.03 in all); the grand total 0.015 prints 0.02.
        var half = Money.FromYuan(50m);
        var groups = new IReadOnlyList<Money>[] { new[] { half }, new[] { half }, new[] { half } };

        var rounded = Apportionment.RoundNested(groups);

        rounded.Sum(g => g.Sum()).ShouldBe(0.02m);
        rounded.Select(g => g.Sum()).ShouldBe(new[] { 0.01m, 0.01m, 0m });
    }

    [Fact]
    public void A_target_total_further_than_a_cent_from_the_exact_one_is_refused()
    {
        var parts = new[] { Money.FromWan(1.00m), Money.FromWan(2.00m) };

        Apportionment.RoundGroupTo(parts, 3.00m).ShouldBe(new[] { 1.00m, 2.00m });
        Should.Throw<ArgumentOutOfRangeException>(() => Apportionment.RoundGroupTo(parts, 3.01m)).Message.ShouldContain("between 3.00 and 3.00");
    }
}
