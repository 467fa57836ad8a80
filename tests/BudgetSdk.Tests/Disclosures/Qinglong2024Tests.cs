using BudgetSdk.Rules;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Disclosures;

/// <summary>
/// 青龙满族自治县机关事务服务中心 2024 (seed 002): carry-over, a county T9 template, and a published 款 sum that is
/// off by a cent.
/// </summary>
public class Qinglong2024Tests
{
    private static readonly Lazy<Disclosure> Built = new(() => Qinglong2024.InYuan().Build().GetOrThrow());

    [Fact]
    public void The_printed_301_row_cannot_be_reproduced_and_build_says_where()
    {
        // The printed 款 of 301 add up to 267.42 but the document prints 267.41 for 301 and 1294.19 for 基本支出.
        var result = Qinglong2024.AsPrinted().Build();

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldBe(new Problem(
            "BDR0201", Severity.Error, "T6/合计/合计",
            "基本支出 by 经济分类 (T6) differs from 一般公共预算 基本支出 by 功能分类 (T5)",
            "1294.19万元", "1294.20万元"));
    }

    [Fact]
    public void Every_cell_agrees_with_the_published_tables_except_the_cent_the_publisher_rounded_twice()
    {
        var differences = PublishedComparison.Differences(Built.Value, "002");

        // The published 301 row (267.41) is kept; the cent that independent rounding added to the 款 is gone.
        differences.ShouldBe(
            new[]
            {
                "T6/30102/合计: printed 12.34, derived 12.33",
                "T6/30102/人员经费: printed 12.34, derived 12.33",
            },
            ignoreOrder: true);
        Built.Value[TableId.T6].Row("301")![0].ShouldBe(267.41m);
    }

    [Fact]
    public void Carry_over_flows_into_T1_T2_and_the_fiscal_fund_columns_of_T4()
    {
        var t1 = Built.Value[TableId.T1];
        t1.RowLabelled("上年结转结余")![0].ShouldBe(391.49m);
        t1.RowLabelled("本年收入合计")!.Cells.ShouldBe(new[] { 1238.81m, 1630.30m });
        t1.RowLabelled("收入总计")!.Cells.ShouldBe(new[] { 1630.30m, 1630.30m });

        Built.Value[TableId.T2].Row("2010303")!.Cells[^1].ShouldBe(388.81m);
        var t4 = Built.Value[TableId.T4];
        t4.RowLabelled("本年支出合计")!.Cells.ShouldBe(new[] { 1238.81m, 1630.30m, 1430.30m, 200.00m, 0m });
        Built.Value.Figures.CarriedOver.ShouldBe(391.49m);
    }

    [Fact]
    public void The_county_T9_template_has_no_total_row_and_splits_overseas_travel()
    {
        var t9 = Built.Value[TableId.T9];

        t9.Rows.Select(r => r.Label).ShouldContain("其中：教学科研人员因公出国（境）费");
        t9.Rows.Select(r => r.Label).ShouldNotContain("合计");
        t9.Rows[0].Cells[0].ShouldBe(1.30m);
    }

    [Fact]
    public void The_soft_medical_insurance_check_warns_but_does_not_fail()
    {
        // 30110 职工基本医疗保险缴费 is 16.04 while 21011 行政事业单位医疗 is 16.61.
        Built.Value.Warnings.ShouldHaveSingleItem().RuleId.ShouldBe("BDR0604");
    }

    [Fact]
    public void The_published_procurement_row_with_an_sme_share_above_the_purchase_is_rejected()
    {
        var result = Qinglong2024.InYuan().AddProcurement(Qinglong2024.PropertyServices).Build();

        var error = result.Errors.ShouldHaveSingleItem();
        error.RuleId.ShouldBe("BDR0401");
        error.Location.ShouldBe("procurement[3].smeReserved");
        error.Expected.ShouldBe("at most 595.02万元");
        error.Actual.ShouldBe("1034.40万元");
    }

    [Fact]
    public void Assets_total_is_derived_from_its_parts()
    {
        Built.Value[TableId.Assets].RowLabelled("资产总额")![1].ShouldBe(15210.53m);
    }
}
