using BudgetSdk.Amounts;

namespace BudgetSdk.Tests.Amounts;

/// <summary>Money is exact, unit-explicit and never negative.</summary>
public class MoneyTests
{
    [Fact]
    public void Wan_and_yuan_are_the_same_amount()
    {
        Money.FromWan(267.58m).ShouldBe(Money.FromYuan(2_675_800m));
        Money.FromWan(267.58m).Yuan.ShouldBe(2_675_800m);
        Money.FromYuan(1_176_750m).Wan.ShouldBe(117.675m);
        Money.From(3.5m, MoneyUnit.TenThousandYuan).In(MoneyUnit.Yuan).ShouldBe(35_000m);
    }

    [Fact]
    public void Equal_amounts_with_different_scales_are_equal_and_hash_alike()
    {
        var a = Money.FromWan(1.5m);
        var b = Money.FromWan(1.500m);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(-267.58)]
    public void A_negative_amount_cannot_be_made(double wan)
    {
        var amount = (decimal)wan;

        Should.Throw<ArgumentOutOfRangeException>(() => Money.FromWan(amount)).Message.ShouldContain("never negative");
        Should.Throw<ArgumentOutOfRangeException>(() => Money.FromYuan(amount)).Message.ShouldContain("元");
    }

    [Fact]
    public void Prints_in_wan_keeping_sub_cent_digits()
    {
        Money.FromWan(267.58m).ToString().ShouldBe("267.58万元");
        Money.FromYuan(1_176_750m).ToString().ShouldBe("117.675万元");
        Money.Zero.ToString().ShouldBe("0.00万元");
    }

    [Fact]
    public void Sums_and_compares()
    {
        var total = Money.Sum(new[] { Money.FromWan(163.68m), Money.FromWan(70.17m) });

        total.ShouldBe(Money.FromWan(233.85m));
        (Money.FromWan(1m) < Money.FromWan(1.01m)).ShouldBeTrue();
        (Money.FromWan(1m) + Money.FromYuan(100m)).ShouldBe(Money.FromWan(1.01m));
    }
}
