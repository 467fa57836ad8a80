using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests.Performance.Values;

/// <summary>
/// Values that are almost values: kept exactly as printed, flagged with the reason in words, never repaired.
/// Examples from the performance-targets issue and from the seeds (seed and line given).
/// </summary>
public class MalformedValueTests
{
    [Theory]
    [InlineData("%", "a unit without a number")]
    [InlineData("万元", "a unit without a number")]
    [InlineData("≥95及时保障", "a number glued to text that is not a unit: 及时保障")]
    [InlineData("0发生率", "a number glued to text that is not a unit: 发生率")] // 000:580
    [InlineData("≥98 是否满意", "a comparison mixed with a yes/no form: 是否满意")] // 001:1219
    [InlineData("≥", "a bare operator")]
    [InlineData(" ≤ ", "a bare operator")]
    [InlineData("≥优秀", "an operator without a number: 优秀")]
    [InlineData("满意度≥95%", "text before the comparison: 满意度")]
    [InlineData("≥95%以上", "an operator both before and after the number")]
    [InlineData("100%完成", "a number and unit glued to text: 完成")]
    [InlineData("2024年13月", "a date with month 13, which does not exist")]
    [InlineData("2023年2月30日前", "a date with day 30 of month 2, which does not exist")]
    [InlineData("", "an empty value")]
    [InlineData("——", "a placeholder, not a value")]
    [InlineData("/", "a placeholder, not a value")]
    public void A_malformed_value_is_kept_and_flagged(string raw, string flag)
    {
        var value = IndicatorValue.Parse(raw);
        value.Kind.ShouldBe(IndicatorValueKind.Malformed);
        value.Flags.ShouldBe([flag]);
        value.Raw.ShouldBe(raw);
        value.Format().ShouldBe(raw);
        value.Number.ShouldBeNull();
        value.Unit.ShouldBeNull();
        IndicatorValue.Parse(value.Format()).ShouldBe(value);
    }

    [Fact]
    public void A_cost_in_the_wrong_unit_is_a_comparison_whose_size_a_rule_can_see()
    {
        // A 成本指标 of 1243800万元 on a 124.38 万元 project (the example): the value is well formed; the
        // mismatch with the budget is for a rule, which reads the amount in 万元.
        var value = IndicatorValue.Parse("1243800万元");
        value.Kind.ShouldBe(IndicatorValueKind.Comparison);
        value.Unit.ShouldBe(IndicatorUnits.TenThousandYuan);
        value.Flags.ShouldBeEmpty();
        value.ToWan().ShouldBe(1243800m);
        (value.ToWan() / 124.38m).ShouldBe(10000m);
    }

    [Fact]
    public void A_measure_word_not_in_the_catalogue_is_read_with_a_note()
    {
        var value = IndicatorValue.Parse("≥20枚");
        value.Kind.ShouldBe(IndicatorValueKind.Comparison);
        value.Unit.ShouldNotBeNull().InCatalogue.ShouldBeFalse();
        value.Unit.Kind.ShouldBe(IndicatorUnitKind.Count);
        value.Flags.ShouldBe(["unit 枚 is not in the catalogue; read as a measure word"]);
        IndicatorValue.Parse(value.Format()).ShouldBe(value);
    }

    [Fact]
    public void Parse_never_throws_and_always_keeps_the_text()
    {
        // Random strings over the characters values are made of, so that every branch of the reader is reached.
        const string alphabet = "0123456789.,%％≥≤<>=＞＜＝ 年月日底前每季度是否万元人次/个以上内不低于超过发生率１２";
        var random = new Random(20240601);
        for (var i = 0; i < 20000; i++)
        {
            var raw = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var value = IndicatorValue.Parse(raw);
            value.Raw.ShouldBe(raw);
            IndicatorValue.Parse(value.Format()).ShouldBe(value, raw);
        }

        IndicatorValue.Parse(null!).Kind.ShouldBe(IndicatorValueKind.Malformed);
        IndicatorValue.Parse("99999999999999999999999999999999万元").Flags.ShouldHaveSingleItem().ShouldStartWith("a number too large");
    }
}
