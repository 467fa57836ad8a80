using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Tables;
using F = BudgetSdk.Codes.FunctionalCode.Edition2023;
using E = BudgetSdk.Codes.DepartmentEconomicCode.Edition2023;

namespace BudgetSdk.Tests.Disclosures;

/// <summary>A 2023 Hebei disclosure follows the 2023 template: its T1 income lines, T7 title and T9 rows.</summary>
public class Template2023Tests
{
    private static DisclosureBuilder Facts() => DisclosureBuilder.For("130324", "434", "测试部门", 2023)
        .Spend(F.行政运行_2010301, ExpenseKind.Basic, Money.FromWan(10.00m))
        .Spend(F.行政运行_2010301, ExpenseKind.Basic, Money.FromWan(2.00m), FundingSource.BusinessIncome)
        .Basic(E.基本工资_30101, personnel: Money.FromWan(10.00m))
        .ThreePublic(ThreePublicComponent.Reception, Money.FromWan(1.00m))
        .ThreePublic(ThreePublicComponent.Meeting, Money.FromWan(0.50m));

    [Fact]
    public void Uses_the_2023_income_lines_T7_title_and_T9_rows()
    {
        var disclosure = Facts().Build().GetOrThrow();

        var t1 = disclosure[TableId.T1];
        t1.Rows.Take(9).Select(r => r.Label).ShouldContain("五、事业收入");
        t1.RowLabelled("五、事业收入")![0].ShouldBe(2.00m);
        disclosure[TableId.T7].Title.ShouldBe("部门预算政府基金预算财政拨款支出表");
        var t9 = disclosure[TableId.T9];
        t9.RowLabelled("四、会议费")![0].ShouldBe(0.50m);
        t9.RowLabelled("合计")![0].ShouldBe(1.50m);
        t9.RowLabelled("“三公”经费小计")![0].ShouldBe(1.00m);
    }

    [Fact]
    public void The_same_facts_in_2024_are_refused_because_T9_has_no_meeting_row()
    {
        var facts = Facts().Facts with { Header = Facts().Header with { Year = 2024 }, Edition = 2023 };

        var result = DisclosureAssembler.Build(facts, BuildSettings.Default);

        result.Errors.ShouldHaveSingleItem().RuleId.ShouldBe("BDR0005");
    }
}
