using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests.Performance.Values;

/// <summary>The unit catalogue: spellings, composed rates, money conversion and the 万元 reading of a cost.</summary>
public class IndicatorUnitTests
{
    private static IndicatorUnit Unit(string symbol) => IndicatorUnits.Find(symbol).ShouldNotBeNull();

    [Theory]
    [InlineData("百分比", "%", IndicatorUnitKind.Percent)]
    [InlineData("％", "%", IndicatorUnitKind.Percent)]
    [InlineData("人次", "人次", IndicatorUnitKind.Count)]
    [InlineData("万元", "万元", IndicatorUnitKind.Money)]
    [InlineData("元 / 人", "元/人", IndicatorUnitKind.MoneyRate)]
    [InlineData("元/天/人", "元/天/人", IndicatorUnitKind.MoneyRate)]
    [InlineData("万元/年", "万元/年", IndicatorUnitKind.MoneyRate)]
    [InlineData("元/平方米", "元/平方米", IndicatorUnitKind.MoneyRate)]
    [InlineData("平米", "平方米", IndicatorUnitKind.Area)]
    [InlineData("毫米", "毫米", IndicatorUnitKind.Length)]
    [InlineData("工作日", "工作日", IndicatorUnitKind.Time)]
    [InlineData("次/年", "次/年", IndicatorUnitKind.Other)]
    [InlineData("分", "分", IndicatorUnitKind.Other)]
    public void Printed_units_are_found_in_the_catalogue(string printed, string symbol, IndicatorUnitKind kind)
    {
        var unit = Unit(printed);
        unit.Symbol.ShouldBe(symbol);
        unit.Kind.ShouldBe(kind);
        unit.InCatalogue.ShouldBeTrue();
    }

    [Theory]
    [InlineData("发生率")]
    [InlineData("及时保障")]
    [InlineData("元/")]
    [InlineData("/人")]
    [InlineData("")]
    public void Text_that_is_not_a_unit_is_not_found(string printed) => IndicatorUnits.Find(printed).ShouldBeNull();

    [Fact]
    public void A_rate_knows_its_money_factor_and_denominator()
    {
        Unit("万元/年").YuanFactor.ShouldBe(10000m);
        Unit("元/天/人").Per.ShouldBe("天/人");
        Unit("元/枚").InCatalogue.ShouldBeFalse();
        IndicatorUnits.Yuan.Per.ShouldBeNull();
    }

    [Theory]
    [InlineData("1", "万元", "元", "10000")]
    [InlineData("43600", "元", "万元", "4.36")]
    [InlineData("8400", "元/年", "万元/年", "0.84")] // 000:622, a 0.84 万元 project
    [InlineData("1.8", "万元/人", "元/人", "18000")]
    [InlineData("5", "人", "人", "5")]
    public void Money_converts_between_units_with_the_same_denominator(string value, string from, string to, string expected)
    {
        IndicatorUnit.TryConvert(Dec(value), Unit(from), Unit(to), out var result).ShouldBeTrue();
        result.ShouldBe(Dec(expected));
    }

    [Theory]
    [InlineData("元/人", "元/年")]
    [InlineData("元/年", "万元")]
    [InlineData("%", "元")]
    [InlineData("人", "人次")]
    public void Units_of_different_measures_do_not_convert(string from, string to)
    {
        IndicatorUnit.TryConvert(1m, Unit(from), Unit(to), out var result).ShouldBeFalse();
        result.ShouldBe(0m);
    }

    [Theory]
    [InlineData("≤189 万元", "189")]
    [InlineData("43600元", "4.36")] // 000:563
    [InlineData("8400元/年", "0.84")] // per year, in 万元
    [InlineData("18000 元/人", "1.8")] // per person, in 万元
    public void ToWan_reads_a_money_comparison_in_万元(string raw, string wan) =>
        IndicatorValue.Parse(raw).ToWan().ShouldBe(Dec(wan));

    [Theory]
    [InlineData("≥95%")]
    [InlineData("1 人")]
    [InlineData("有效保障")]
    [InlineData("万元")]
    public void ToWan_is_null_for_anything_but_money(string raw) => IndicatorValue.Parse(raw).ToWan().ShouldBeNull();

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
