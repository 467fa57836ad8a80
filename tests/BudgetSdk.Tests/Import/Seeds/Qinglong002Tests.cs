using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Import.Seeds;

/// <summary>Seed 002 (青龙满族自治县机关事务服务中心 2024, DOCX text with one cell per line and 391.49 carried over).</summary>
public class Qinglong002Tests
{
    private static PublishedDisclosure Disclosure => SeedDisclosures.Of("002");

    [Fact]
    public void Header_from_a_glued_page_header_and_units()
    {
        Disclosure.Format.ShouldBe(TextFormat.DocxCells);
        Disclosure.Header.ShouldBe(new DisclosureHeader("130321", "430", "青龙满族自治县机关事务服务中心", 2024));
        Disclosure.Units.ShouldBe(new[] { new OrganizationUnit("青龙满族自治县机关事务服务中心本级", UnitNature.Institution, "正科级", "财政性资金基本保证") });
    }

    [Fact]
    public void Every_table_has_its_rows()
    {
        SeedDisclosures.RowCounts("002").ShouldBe(new[] { 34, 22, 22, 37, 19, 22, 4, 0, 8 });
        SeedDisclosures.Table("002", TableId.T1).Title.ShouldBe("部门预算收支总表");
    }

    [Fact]
    public void The_carried_over_391_49_appears_in_T1_T2_and_T4()
    {
        SeedDisclosures.Cells("002", TableId.T1, "上年结转结余").ShouldBe(new decimal?[] { 391.49m, null });
        SeedDisclosures.Cells("002", TableId.T2, "合计").ShouldBe(new decimal?[] { 1630.30m, 1238.81m, 1238.81m, null, null, null, null, null, null, 391.49m });
        SeedDisclosures.Cells("002", TableId.T2, "2010305").ShouldBe(new decimal?[] { 2.57m, null, null, null, null, null, null, null, null, 2.57m });
        SeedDisclosures.Cells("002", TableId.T4, "年初财政拨款结转和结余").ShouldBe(new decimal?[] { 391.49m, null, null, null, null });
        SeedDisclosures.Table("002", TableId.T4).Rows.Single(r => r.Label == "一、一般公共预算拨款" && r.ExpenseLabel == string.Empty)
            .Cells.ShouldBe(new decimal?[] { 391.49m, null, null, null, null });
    }

    [Fact]
    public void T6_prints_301_as_267_41_one_cent_short_of_its_rows()
    {
        SeedDisclosures.Cells("002", TableId.T6, "301").ShouldBe(new decimal?[] { 267.41m, 267.41m, null });
        SeedDisclosures.Table("002", TableId.T6).Rows.Where(r => r.Code?.StartsWith("301", StringComparison.Ordinal) == true && r.Code.Length == 5)
            .Sum(r => r.Cells[0]).ShouldBe(267.42m);
        SeedDisclosures.Table("002", TableId.T6).Rows.Single(r => r.Code == "30213").Label.ShouldBe("维修(护)费");
    }

    [Fact]
    public void The_printed_tables_break_only_the_301_sum()
    {
        SeedDisclosures.Problems("002").ShouldBe(new[] { "BDR0701 T6/301/合计", "BDR0701 T6/301/人员经费" }, ignoreOrder: true);
    }

    [Fact]
    public void T9_without_a_合计_row_and_with_the_split_overseas_rows()
    {
        SeedDisclosures.Table("002", TableId.T9).Rows.Select(r => r.Label).ShouldBe(new[]
        {
            "“三公”经费小计", "一、因公出国（境）费", "其中：教学科研人员因公出国（境）费", "其他因公出国（境）费",
            "二、公务用车购置及运维费", "其中：公务用车购置费", "公务用车运行维护费", "三、公务接待费",
        });
    }

    [Fact]
    public void Procurement_rows_with_merged_header_cells()
    {
        var procurement = SeedDisclosures.Table("002", TableId.Procurement);
        procurement.Rows.Count.ShouldBe(6);
        procurement.Rows[0].Label.ShouldBe("合计");
        procurement.Rows[0].Cells.ShouldBe(new decimal?[] { null, null, null, 772.85m, 635.02m, 100.00m, null, null, null, 37.83m, 1212.23m });
        SeedDisclosures.Describe(procurement.Rows[2]).ShouldBe("C99000000 | 后勤管理服务项目资金｜其他服务｜项 |  | 77.83 1 37.83 37.83 _ _ _ _ _ 37.83 37.83 @ 3236");
        SeedDisclosures.Table("002", TableId.Assets).Rows.Single(r => r.Label == "3、单价在 20 万元以上的设备").Cells.ShouldBe(new decimal?[] { 3m, 76.26m });
    }

    [Fact]
    public void Quoted_amounts_include_the_carry_over()
    {
        var quoted = Disclosure.QuotedAmounts.ToDictionary(q => q.Subject);
        quoted[QuotedSubjects.CarriedOver].Amount.ShouldBe(391.49m);
        quoted[QuotedSubjects.Income].Amount.ShouldBe(1630.30m);
        quoted[QuotedSubjects.GovernmentFundIncome].Amount.ShouldBe(200.00m);
        quoted[QuotedSubjects.OperatingFunds].Amount.ShouldBe(1019.03m);
        quoted[QuotedSubjects.Reception].Amount.ShouldBe(0.00m);
        quoted[QuotedSubjects.Assets].Line.ShouldBe(3304);
    }

    [Fact]
    public void Twelve_projects_whose_goals_span_cell_paragraphs()
    {
        var projects = Disclosure.Projects;
        projects.Count.ShouldBe(12);
        projects.Sum(p => p.Budget).ShouldBe(336.11m);
        projects.Select(p => p.Indicators.Count).ShouldBe(new[] { 9, 9, 9, 9, 9, 10, 10, 9, 10, 9, 13, 9 });
        projects.ShouldAllBe(p => p.PlanHeader == "资金支出计划（%）" && p.Goals.Count == 2);

        // The last plan cell carries a [bookmark: _GoBack] marker in the text.
        projects[^1].PlanCells.ShouldBe(new[] { "25", "50", "75", "100" });
        projects[0].Goals[1].ShouldStartWith("通过安装4G北斗定位设备");
        projects[0].Indicators[1].ShouldBe(new PrintedIndicator("产出指标", "数量指标", "购置设备数量", "反映购置4G北斗定位设备数量", "≤500台", "年初工作计划", 1866));
    }
}
