using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests.Performance.Values;

/// <summary>
/// The well-formed kinds of 指标值, each on several real examples (seed and line given; the rest are the forms the
/// performance-targets issue names), and the choices made where a text could be read two ways.
/// </summary>
public class IndicatorValueFormsTests
{
    [Theory]
    [InlineData("≥95%", IndicatorOperator.GreaterOrEqual, "95", "%", "≥95%")] // 000:509
    [InlineData("1 人", IndicatorOperator.None, "1", "人", "1人")] // 000:504
    [InlineData("18000 元/人", IndicatorOperator.None, "18000", "元/人", "18000元/人")] // 000:507
    [InlineData("≤189 万元", IndicatorOperator.LessOrEqual, "189", "万元", "≤189万元")] // issue
    [InlineData("≥98 百分比", IndicatorOperator.GreaterOrEqual, "98", "%", "≥98%")] // 001:913
    [InlineData("3台", IndicatorOperator.None, "3", "台", "3台")] // 000:655
    [InlineData("442平方米", IndicatorOperator.None, "442", "平方米", "442平方米")] // 002:2526
    [InlineData("≥30 批次", IndicatorOperator.GreaterOrEqual, "30", "批次", "≥30批次")] // 000:637
    [InlineData("18元/天/人", IndicatorOperator.None, "18", "元/天/人", "18元/天/人")] // 002:2125
    [InlineData("30.6 万元", IndicatorOperator.None, "30.6", "万元", "30.6万元")] // 001:973
    [InlineData("86.72 万元", IndicatorOperator.None, "86.72", "万元", "86.72万元")] // 001:1202
    [InlineData("0 条", IndicatorOperator.None, "0", "条", "0条")] // 001:1192
    [InlineData("1年", IndicatorOperator.None, "1", "年", "1年")] // 000:524: a duration, not a date
    public void A_comparison_has_an_operator_a_number_and_a_unit(string raw, IndicatorOperator op, string number, string unit, string formatted)
    {
        var value = IndicatorValue.Parse(raw);
        value.Kind.ShouldBe(IndicatorValueKind.Comparison);
        value.Operator.ShouldBe(op);
        value.Number.ShouldBe(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
        value.Unit.ShouldNotBeNull().Symbol.ShouldBe(unit);
        value.Flags.ShouldBeEmpty();
        value.Format().ShouldBe(formatted);
        value.Raw.ShouldBe(raw);
    }

    [Theory]
    [InlineData(">=95%", "≥95%")]
    [InlineData("＞＝90％", "≥90%")]
    [InlineData("１００％", "100%")]
    [InlineData("不低于95%", "≥95%")]
    [InlineData("不少于4次", "≥4次")]
    [InlineData("大于等于98%", "≥98%")]
    [InlineData("不超过10万元", "≤10万元")]
    [InlineData("不高于5%", "≤5%")]
    [InlineData("小于等于3万元", "≤3万元")]
    [InlineData("<=5 %", "≤5%")]
    [InlineData("＜1%", "<1%")]
    [InlineData("=100%", "=100%")]
    [InlineData("95%以上", "≥95%")]
    [InlineData("3万元以内", "≤3万元")]
    [InlineData("3个工作日内", "≤3个工作日")]
    [InlineData("18,000元", "18000元")]
    public void Operators_and_digits_in_any_width_read_the_same(string raw, string formatted)
    {
        var value = IndicatorValue.Parse(raw);
        value.Kind.ShouldBe(IndicatorValueKind.Comparison);
        value.Format().ShouldBe(formatted);
        IndicatorValue.Parse(formatted).ShouldBe(value);
    }

    [Fact]
    public void The_printed_digits_are_kept()
    {
        IndicatorValue.Parse("30.60万元").Format().ShouldBe("30.60万元");
        IndicatorValue.Parse("1.0年").Format().ShouldBe("1.0年");
        IndicatorValue.Parse("30.60万元").ShouldBe(IndicatorValue.Parse("30.6万元"));
        IndicatorValue.Parse("30.60万元").GetHashCode().ShouldBe(IndicatorValue.Parse("30.6 万元").GetHashCode());
    }

    [Fact]
    public void A_bare_number_is_a_comparison_without_unit()
    {
        var value = IndicatorValue.Parse("0"); // 002:1797 会务工作差错率0
        value.Kind.ShouldBe(IndicatorValueKind.Comparison);
        value.Unit.ShouldBeNull();
        value.Number.ShouldBe(0m);
        value.Format().ShouldBe("0");
    }

    [Theory]
    [InlineData("2023年12月", "2023年12月")]
    [InlineData("2024年12月31日前", "2024年12月31日前")]
    [InlineData("12月底前", "12月底前")]
    [InlineData("2024 年 6 月底", "2024年6月底")] // PDF text spaces digits apart: seed 000 prints "2023 年 7 月"
    [InlineData("6月30日", "6月30日")]
    [InlineData("2024年底前", "2024年底前")]
    [InlineData("2024年", "2024年")] // a four-digit year alone is a year, not 2024 years
    [InlineData("2024-12-31", "2024-12-31")]
    public void A_date_keeps_its_text(string raw, string text)
    {
        var value = IndicatorValue.Parse(raw);
        value.Kind.ShouldBe(IndicatorValueKind.Date);
        value.Text.ShouldBe(text);
        value.Format().ShouldBe(text);
        value.Number.ShouldBeNull();
    }

    [Theory]
    [InlineData("每月25日前")]
    [InlineData("每季度")]
    [InlineData("按月")]
    [InlineData("按季度发放")]
    [InlineData("每年1次")]
    [InlineData("每2周")]
    public void A_period_keeps_its_text(string raw)
    {
        var value = IndicatorValue.Parse(raw);
        value.Kind.ShouldBe(IndicatorValueKind.Period);
        value.Format().ShouldBe(raw);
    }

    [Theory]
    [InlineData("是否及时")] // 001:919
    [InlineData("是否提高")] // 001:922
    [InlineData("是否")] // 001:980
    [InlineData("是否最大效益")] // 001:1142
    [InlineData("是")]
    [InlineData("否")]
    public void A_yes_no_form_keeps_its_text(string raw)
    {
        var value = IndicatorValue.Parse(raw);
        value.Kind.ShouldBe(IndicatorValueKind.YesNo);
        value.Format().ShouldBe(raw);
    }

    [Theory]
    [InlineData("有效保障")] // 000:526
    [InlineData("按规定时间及时发放")] // 000:506
    [InlineData("生活水平比上年进一步提高")] // 000:508
    [InlineData("符合《电信服务规范》")] // 000:620
    [InlineData("正常运转")] // 000:523
    [InlineData("会议效率较开通前明显提高，费用减少")] // 000:623
    [InlineData("不低于上年水平")] // a word operator with no number after it is plain text
    [InlineData("按年度计划完成")] // 按年度 is "by the annual plan", not a period
    public void Qualitative_text_is_kept_trimmed(string raw)
    {
        var value = IndicatorValue.Parse(" " + raw + " ");
        value.Kind.ShouldBe(IndicatorValueKind.Qualitative);
        value.Text.ShouldBe(raw);
        value.Format().ShouldBe(raw);
        value.Flags.ShouldBeEmpty();
    }

    [Fact]
    public void A_month_without_year_day_or_marker_is_a_duration()
    {
        var value = IndicatorValue.Parse("12月");
        value.Kind.ShouldBe(IndicatorValueKind.Comparison);
        value.Unit.ShouldNotBeNull().Kind.ShouldBe(IndicatorUnitKind.Time);
    }

    [Fact]
    public void Values_that_say_the_same_are_equal()
    {
        IndicatorValue.Parse("≥98 百分比").ShouldBe(IndicatorValue.Parse("≥98%"));
        IndicatorValue.Parse("≥95%").ShouldNotBe(IndicatorValue.Parse("≤95%"));
        IndicatorValue.Parse("1人").ShouldNotBe(IndicatorValue.Parse("1人次"));
        IndicatorValue.Parse("有效保障").ShouldNotBe(IndicatorValue.Parse("正常运转"));
        IndicatorValue.Parse("%").ShouldNotBe(IndicatorValue.Parse(" %"));
    }
}
