using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests.Performance.Values;

/// <summary>Indicators stated inside the 分项绩效目标 sentences of seed 002 (its lines starting 绩效指标：), read from the seed itself.</summary>
public class InlineIndicatorsTests
{
    private static InlineIndicators FromSeed002(int line)
    {
        var text = Seeds.ReadLines("002")[line - 1];
        text.ShouldStartWith("绩效指标：");
        return InlineIndicators.Parse(text);
    }

    private static (string, string)[] Pairs(InlineIndicators found) =>
        found.Indicators.Select(i => (i.Name, i.Value.Format())).ToArray();

    [Fact]
    public void Percentages_after_names_with_quotes_and_a_trailing_separator()
    {
        var found = FromSeed002(1785);
        found.Indicators.Count.ShouldBe(7);
        found.Indicators[0].ShouldBe(new InlineIndicator("单位“三会一课”计划落实率", IndicatorValue.Parse("100%")));
        found.Indicators[3].Name.ShouldBe("支部“主题党日”活动落实率");
        found.Indicators.ShouldAllBe(i => i.Value.Format() == "100%");
        found.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public void Operators_and_counts()
    {
        Pairs(FromSeed002(1788)).ShouldBe([("单位干部年度理论学习次数", "≥4次"), ("业务法规学习次数", "≥2次")]);
    }

    [Fact]
    public void A_count_of_documents_and_mixed_forms()
    {
        Pairs(FromSeed002(1791)).ShouldBe(
        [
            ("制定发布节约型机关创建活动计划", "1份"),
            ("“节约型”机关宣传推广活动", "≥2次"),
            ("行政中心生活垃圾分类覆盖率", "100%"),
            ("节能宣传周活动完成率", "100%"),
            ("干部职工绿色出行活动参与率", "≥80%"),
        ]);
    }

    [Fact]
    public void A_sentence_ending_in_a_full_stop()
    {
        Pairs(FromSeed002(1794)).ShouldBe([("党风廉政建设目标责任书签订覆盖率", "100%"), ("重点部位环节现场督查率", "≥80%"), ("重点难点问题解决率", "≥80%")]);
    }

    [Fact]
    public void Bare_zeros_are_values_without_unit()
    {
        var found = FromSeed002(1797);
        found.Indicators.Count.ShouldBe(9);
        found.Indicators[2].ShouldBe(new InlineIndicator("办公用房闲置率", IndicatorValue.Parse("≤5%")));
        var zero = found.Indicators[7];
        zero.Name.ShouldBe("会务工作差错率");
        zero.Value.Number.ShouldBe(0m);
        zero.Value.Unit.ShouldBeNull();
        found.Indicators[8].Name.ShouldBe("食堂食品安全事故率");
    }

    [Fact]
    public void Parts_without_a_value_at_the_end_are_kept()
    {
        var found = InlineIndicators.Parse("全面提升干部职工能力素质；不低于80%；解决率不低于80%；≥95及时保障；2024年节能率≥5%；完成时限2024年12月底前");
        Pairs(found).ShouldBe([("解决率", "≥80%"), ("2024年节能率", "≥5%"), ("完成时限", "2024年12月底前")]);
        found.Unmatched.ShouldBe(["全面提升干部职工能力素质", "不低于80%", "≥95及时保障"]);
    }
}
