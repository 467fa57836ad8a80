using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Import.Seeds;

/// <summary>Seed 000 (卢龙县人民政府办公室 2024, tab-separated PDF text) read back.</summary>
public class Lulong000Tests
{
    private static PublishedDisclosure Disclosure => SeedDisclosures.Of("000");

    [Fact]
    public void Header_comes_from_the_page_header_and_the_first_project_code()
    {
        Disclosure.Format.ShouldBe(TextFormat.TabSeparated);
        Disclosure.Header.ShouldBe(new DisclosureHeader("130324", "434", "卢龙县人民政府办公室", 2024));
    }

    [Fact]
    public void Units_are_the_rows_of_the_unit_table()
    {
        Disclosure.Units.ShouldBe(new[]
        {
            new OrganizationUnit("卢龙县人民政府办公室本级", UnitNature.Administrative, "正科级", "财政拨款"),
            new OrganizationUnit("卢龙县人民政府办公室事业", UnitNature.Administrative, "正科级", "财政拨款"),
        });
    }

    [Fact]
    public void Every_table_has_its_printed_rows_across_page_breaks()
    {
        SeedDisclosures.RowCounts("000").ShouldBe(new[] { 34, 23, 23, 37, 20, 18, 4, 0, 7 });
        Disclosure.Tables.Select(t => t.Id).ShouldBe(Enum.GetValues<TableId>());
        SeedDisclosures.Describe(SeedDisclosures.Table("000", TableId.T5).Rows[^1]).ShouldBe("2210201 | 住房公积金 |  | 26.62 26.62 _ @ 277");
    }

    [Fact]
    public void Columns_are_named_as_the_derived_tables_name_them()
    {
        SeedDisclosures.Table("000", TableId.T1).Columns.ShouldBe(new[] { "收入预算数", "支出预算数" });
        SeedDisclosures.Table("000", TableId.T4).Columns.ShouldBe(new[] { "收入金额", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款" });
        SeedDisclosures.Table("000", TableId.T9).Columns.ShouldBe(new[] { "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款" });
    }

    [Fact]
    public void Summary_rows_carry_both_labels_and_blank_cells_stay_blank()
    {
        var t1 = SeedDisclosures.Table("000", TableId.T1);
        SeedDisclosures.Describe(t1.Rows[0]).ShouldBe(" | 一、一般公共预算拨款收入 | 一、一般公共服务支出 | 777.37 643.65 @ 43");
        t1.Rows[5].Label.ShouldBe(string.Empty);
        t1.Rows[5].ExpenseLabel.ShouldBe("六、科学技术支出");
        SeedDisclosures.Cells("000", TableId.T1, "上年结转结余").ShouldBe(new decimal?[] { null, null });
        SeedDisclosures.Cells("000", TableId.T4, "支出总计").ShouldBe(new decimal?[] { 777.63m, 777.63m, 777.37m, 0.26m, null });
        SeedDisclosures.Table("000", TableId.T4).Rows.Where(r => r.ExpenseLabel == string.Empty).Select(r => r.Label)
            .ShouldBe(new[] { "一、一般公共预算拨款", "二、政府性基金预算拨款", "三、国有资本经营预算拨款" });
    }

    [Fact]
    public void Blank_three_public_totals_read_as_null_while_the_detail_rows_carry_money()
    {
        var t9 = SeedDisclosures.Table("000", TableId.T9);
        t9.Rows.Select(r => r.Label).ShouldBe(new[] { "合计", "“三公”经费小计", "一、因公出国（境）费", "二、公务用车购置及运维费", "其中：公务用车购置费", "公务用车运行维护费", "三、公务接待费" });
        foreach (var blank in new[] { "合计", "“三公”经费小计", "二、公务用车购置及运维费" })
        {
            SeedDisclosures.Cells("000", TableId.T9, blank).ShouldAllBe(c => c == null);
        }

        SeedDisclosures.Cells("000", TableId.T9, "公务用车运行维护费").ShouldBe(new decimal?[] { 3.50m, 3.50m, null, null });
    }

    [Fact]
    public void The_printed_tables_break_only_the_three_blank_three_public_rows()
    {
        SeedDisclosures.Problems("000").ShouldBe(
            new[]
            {
                "BDR0705 T9/合计/合计", "BDR0705 T9/合计/一般公共预算财政拨款",
                "BDR0705 T9/“三公”经费小计/合计", "BDR0705 T9/“三公”经费小计/一般公共预算财政拨款",
                "BDR0705 T9/二、公务用车购置及运维费/合计", "BDR0705 T9/二、公务用车购置及运维费/一般公共预算财政拨款",
            },
            ignoreOrder: true);
    }

    [Fact]
    public void Procurement_and_assets_schedules_are_read()
    {
        var procurement = SeedDisclosures.Table("000", TableId.Procurement);
        procurement.Columns.ShouldBe(new[] { "预算资金", "数量", "单价", "合计", "一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款", "财政专户核拨", "单位资金", "上年结转结余", "预留中小微企业份额" });
        procurement.Rows.Select(r => r.Label).ShouldBe(new[] { "合计", "卢龙县人民政府办公室本级小计", "县机关服务中心餐饮服务外包项目｜餐饮服务｜年" });
        procurement.Rows[2].Code.ShouldBe("C22040000");
        procurement.Rows[2].Cells.ShouldBe(new decimal?[] { 189.00m, 1m, 189.00m, 189.00m, 189.00m, null, null, null, null, null, 189.00m });

        var assets = SeedDisclosures.Table("000", TableId.Assets);
        assets.Rows.Select(r => r.Label).ShouldBe(new[] { "资产总额", "1、房屋（平方米）", "其中：办公用房（平方米）", "2、车辆（台、辆）", "3、单价在 20 万元以上的设备", "4、其他固定资产" });
        assets.Rows[0].Cells.ShouldBe(new decimal?[] { null, 46.70m });
        assets.Rows[5].Cells.ShouldBe(new decimal?[] { 656m, 43.44m });
    }

    [Fact]
    public void Quoted_amounts_of_sections_two_to_four_and_nine()
    {
        var quoted = Disclosure.QuotedAmounts.Where(q => q.Subject != QuotedSubjects.NamedProject).Select(q => (q.Section, q.Subject, q.Amount)).ToArray();
        quoted.ShouldBe(new[]
        {
            (2, QuotedSubjects.Income, 777.63m), (2, QuotedSubjects.GeneralPublicBudgetIncome, 777.37m), (2, QuotedSubjects.GovernmentFundIncome, 0.26m),
            (2, QuotedSubjects.StateCapitalIncome, 0.00m), (2, QuotedSubjects.SpecialAccountIncome, 0.00m), (2, QuotedSubjects.UnitIncome, 0.00m),
            (2, QuotedSubjects.CarriedOver, 0.00m), (2, QuotedSubjects.Expense, 777.63m), (2, QuotedSubjects.Basic, 436.55m),
            (2, QuotedSubjects.Personnel, 402.35m), (2, QuotedSubjects.PublicUse, 34.20m), (2, QuotedSubjects.Project, 341.08m),
            (3, QuotedSubjects.OperatingFunds, 34.20m),
            (4, QuotedSubjects.ThreePublic, 15.50m), (4, QuotedSubjects.OverseasTravel, 0.00m), (4, QuotedSubjects.Vehicles, 3.50m),
            (4, QuotedSubjects.VehiclePurchase, 0.00m), (4, QuotedSubjects.VehicleOperation, 3.50m), (4, QuotedSubjects.Reception, 12.00m),
            (9, QuotedSubjects.Assets, 46.70m),
        });
    }

    [Fact]
    public void Changes_against_last_year_are_not_taken_for_figures_and_named_projects_keep_their_name()
    {
        // 基本支出增加6.98万元 and 减少项目支出29万元 quote changes; they must not surface as 基本支出 or 项目支出.
        Disclosure.QuotedAmounts.ShouldNotContain(q => q.Amount == 6.98m || q.Amount == 29m || q.Amount == 14.85m);
        var named = Disclosure.QuotedAmounts.Where(q => q.Subject == QuotedSubjects.NamedProject).ToArray();
        named.Select(q => q.Amount).ShouldBe(new[] { 45m, 38.9m, 10m, 22.2m, 189m });
        named[0].Sentence.ShouldBe("招商经费45万元");
        named[0].Line.ShouldBe(402);
        Disclosure.QuotedAmounts.Single(q => q.Subject == QuotedSubjects.Assets).Sentence.ShouldStartWith("卢龙县人民政府办公室（含所属单位）上年末固定资产金额为 46.70 万元");
    }

    [Fact]
    public void Thirteen_projects_with_codes_budgets_and_plans()
    {
        var projects = Disclosure.Projects;
        projects.Count.ShouldBe(13);
        projects.Sum(p => p.Budget ?? 0).ShouldBe(341.08m);
        projects.ShouldAllBe(p => p.Code!.Length == 21 && p.Code.StartsWith("13032424") && p.Indicators.Count == 6 && p.Budget == p.FiscalFunds && p.OtherFunds == null);
        projects.Select(p => p.Name).ShouldContain("政府网站服务器租赁费及网站维护费");

        var first = projects[0];
        (first.Code, first.Name, first.Budget, first.Line).ShouldBe(("13032424P00442810432J", "定向选调生房租补助", 1.80m, 493));
        first.Purpose.ShouldBe("定向选调生辛明效 2023 年 7 月-2024 年 12 月房租补助。");
        first.PlanHeader.ShouldBe("资金支出计划(%)");
        first.PlanCells.ShouldBe(new[] { "50%", "67%", "89%", null });
        first.Goals.ShouldBe(new[] { "定向选调生辛明效 2023 年 7 月-2024 年 12 月房租补助。" });
    }

    [Fact]
    public void Plan_cells_printed_on_a_line_of_their_own_or_under_a_late_label_are_found()
    {
        // 金融办工作经费 prints 12月底⇥100% on its own line; 律师顾问费 prints only 12月底, under a second label row;
        // 云视频会议系统 leaves 3月底 blank.
        Project("金融办工作经费").PlanCells.ShouldBe(new[] { "25%", "50%", "84%", "100%" });
        Project("律师顾问费").PlanCells.ShouldBe(new[] { null, null, null, "100%" });
        Project("云视频会议系统").PlanCells.ShouldBe(new[] { null, "100%", "100%", "100%" });
    }

    [Fact]
    public void Indicator_rows_carry_merged_tiers_down_and_join_a_basis_split_by_a_page_break()
    {
        var rows = Project("定向选调生房租补助").Indicators;
        rows[1].ShouldBe(new PrintedIndicator("产出指标", "质量指标", "补助、补贴发放覆盖率", "补助、补贴发放覆盖率", "100%", "秦组字 [201]33 号", 505));
        rows.Select(r => r.FirstTier).ShouldBe(new[] { "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标" });

        // The grid of 集中办公临时机构工作经费 has an empty column before 指标值; columns are found by their header.
        Project("集中办公临时机构工作经费").Indicators[0].Value.ShouldBe("≥10人");

        var split = Project("援疆干部待遇经费").Indicators;
        split.Count.ShouldBe(6);
        split[3].Basis.ShouldEndWith("号、秦皇岛市人事局纪要[2005]5号");
        split[4].SecondTier.ShouldBe("社会效益指标");
    }

    private static PrintedProject Project(string name) => Disclosure.Projects.Single(p => p.Name == name);
}
