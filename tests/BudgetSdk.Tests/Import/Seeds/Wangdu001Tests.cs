using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Import.Seeds;

/// <summary>
/// Seed 001 (望都县人民政府办公室 2024, space-separated PDF text): empty cells are dropped and long names wrap, so every
/// amount's column is recovered from the layout and the arithmetic.
/// </summary>
public class Wangdu001Tests
{
    private static PublishedDisclosure Disclosure => SeedDisclosures.Of("001");

    [Fact]
    public void Header_and_units()
    {
        Disclosure.Format.ShouldBe(TextFormat.SpaceSeparated);
        Disclosure.Header.ShouldBe(new DisclosureHeader("130631", "434", "望都县人民政府办公室", 2024));
        Disclosure.Units.ShouldBe(new[] { new OrganizationUnit("望都县人民政府办公室本级", UnitNature.Administrative, "正科级", "财政拨款") });
    }

    [Fact]
    public void Every_table_has_its_rows_and_stray_page_numbers_are_dropped()
    {
        SeedDisclosures.RowCounts("001").ShouldBe(new[] { 34, 16, 16, 37, 16, 21, 0, 0, 9 });

        // 8, 11 and 15 are page numbers between rows; 序号 37 follows the page break after 36.
        SeedDisclosures.Describe(SeedDisclosures.Table("001", TableId.T4).Rows[^1]).ShouldBe(" | 收入总计 | 支出总计 | 976.40 976.40 976.40 _ _ @ 444");
        SeedDisclosures.Describe(SeedDisclosures.Table("001", TableId.T6).Rows[19]).ShouldBe("30302 | 退休费 |  | 24.53 24.53 _ @ 548");
    }

    [Fact]
    public void Wrapped_names_are_joined()
    {
        var t2 = SeedDisclosures.Table("001", TableId.T2);
        t2.Rows.Single(r => r.Code == "201").Label.ShouldBe("一般公共服务支出");
        t2.Rows.Single(r => r.Code == "2010399").Label.ShouldBe("其他政府办公厅（室）及相关机构事务支出");
        t2.Rows.Single(r => r.Code == "2082702").Label.ShouldBe("财政对工伤保险基金的补助");

        // The 序号 4 stands alone above its wrapped label.
        var t9 = SeedDisclosures.Table("001", TableId.T9);
        t9.Rows[3].Label.ShouldBe("其中：教学科研人员因公出国（境）费");
        t9.Rows[3].Line.ShouldBe(603);
    }

    [Fact]
    public void T1_splits_income_and_expense_labels_that_print_with_no_amount_between()
    {
        var rows = SeedDisclosures.Table("001", TableId.T1).Rows;
        SeedDisclosures.Describe(rows[1]).ShouldBe(" | 二、政府性基金预算拨款收入 | 二、外交支出 | _ _ @ 13");
        SeedDisclosures.Describe(rows[7]).ShouldBe(" |  | 八、社会保障和就业支出 | _ 42.73 @ 25");
        SeedDisclosures.Describe(rows[32]).ShouldBe(" | 上年结转结余 | 年终结转结余 | _ _ @ 83");
    }

    [Fact]
    public void T2_amounts_fall_in_合计_小计_and_财政拨款收入()
    {
        foreach (var row in SeedDisclosures.Table("001", TableId.T2).Rows)
        {
            row.Cells[1].ShouldBe(row.Cells[0], row.Code ?? row.Label);
            row.Cells[2].ShouldBe(row.Cells[0], row.Code ?? row.Label);
            row.Cells.Skip(3).ShouldAllBe(c => c == null);
        }
    }

    [Fact]
    public void T3_basic_and_project_agree_with_T5_for_every_code()
    {
        var t5 = SeedDisclosures.Table("001", TableId.T5);
        var t3 = SeedDisclosures.Table("001", TableId.T3);
        t3.Rows.Select(r => r.Code).ShouldBe(t5.Rows.Select(r => r.Code));
        foreach (var row in t3.Rows)
        {
            var fiscal = t5.Rows.Single(r => r.Code == row.Code && r.Label == row.Label);
            row.Cells.Take(3).ShouldBe(fiscal.Cells, row.Code ?? row.Label);
            row.Cells.Skip(3).ShouldAllBe(c => c == null);
        }

        // 2010399 prints 30.00 30.00: only 项目支出 lets 20103's 基本支出 (461.41) be that of 2010301 alone.
        SeedDisclosures.Cells("001", TableId.T3, "2010399").ShouldBe(new decimal?[] { 30.00m, null, 30.00m, null, null, null });
        SeedDisclosures.Cells("001", TableId.T3, "208").ShouldBe(new decimal?[] { 42.73m, 42.73m, null, null, null, null });
    }

    [Fact]
    public void T4_fund_columns_follow_the_general_budget_table()
    {
        SeedDisclosures.Cells("001", TableId.T4, "一、一般公共服务支出").ShouldBe(new decimal?[] { 976.40m, 888.73m, 888.73m, null, null });
        SeedDisclosures.Cells("001", TableId.T4, "八、社会保障和就业支出").ShouldBe(new decimal?[] { null, 42.73m, 42.73m, null, null });
        SeedDisclosures.Cells("001", TableId.T4, "本年支出合计").ShouldBe(new decimal?[] { 976.40m, 976.40m, 976.40m, null, null });
    }

    [Fact]
    public void T6_and_T9_columns_are_recovered()
    {
        SeedDisclosures.Cells("001", TableId.T6, "302").ShouldBe(new decimal?[] { 106.29m, null, 106.29m });
        SeedDisclosures.Cells("001", TableId.T6, "303").ShouldBe(new decimal?[] { 30.58m, 30.58m, null });
        SeedDisclosures.Cells("001", TableId.T9, "合计").ShouldBe(new decimal?[] { 31.00m, 31.00m, null, null });
        SeedDisclosures.Cells("001", TableId.T9, "三、公务接待费").ShouldBe(new decimal?[] { 15.00m, 15.00m, null, null });
    }

    [Fact]
    public void The_recovered_tables_break_no_identity()
    {
        SeedDisclosures.Problems("001").ShouldBeEmpty();
    }

    [Fact]
    public void Schedules_empty_procurement_and_assets_with_a_spaced_label()
    {
        SeedDisclosures.Table("001", TableId.Procurement).Rows.ShouldBeEmpty();
        var assets = SeedDisclosures.Table("001", TableId.Assets).Rows;
        assets.Select(SeedDisclosures.Describe).ShouldBe(new[]
        {
            " | 资产总额 |  | _ 7543.11 @ 1303",
            " | 1、房屋（平方米） |  | 30500 7367.00 @ 1305",
            " | 其中：办公用房（平方米） |  | _ _ @ 1307",
            " | 2、车辆（台、辆） |  | 3 60.98 @ 1309",
            " | 3、单价在 20 万元以上的设备 |  | _ _ @ 1311",
            " | 4、其他固定资产 |  | 561 115.13 @ 1313",
        });
    }

    [Fact]
    public void Quoted_amounts_across_wrapped_lines()
    {
        var quoted = Disclosure.QuotedAmounts.ToDictionary(q => q.Subject);
        quoted[QuotedSubjects.Income].Amount.ShouldBe(976.40m);
        quoted[QuotedSubjects.GovernmentFundIncome].Line.ShouldBe(697);
        quoted[QuotedSubjects.UnitIncome].Amount.ShouldBe(0.00m);
        quoted[QuotedSubjects.PublicUse].Amount.ShouldBe(106.29m);
        quoted[QuotedSubjects.Expense].Sentence.ShouldStartWith("2024年部门预算支出总额 976.40万元，其中：基本支出 549.08万元");
        quoted[QuotedSubjects.OperatingFunds].Amount.ShouldBe(106.29m);
        quoted[QuotedSubjects.ThreePublic].Amount.ShouldBe(31.00m);
        quoted[QuotedSubjects.OverseasTravel].Amount.ShouldBe(0.00m);
        quoted[QuotedSubjects.VehiclePurchase].Amount.ShouldBe(0.00m);
        quoted[QuotedSubjects.VehicleOperation].Amount.ShouldBe(16.00m);
        quoted[QuotedSubjects.Reception].Amount.ShouldBe(15.00m);
        quoted[QuotedSubjects.Assets].Amount.ShouldBe(7543.11m);
        quoted.ShouldNotContainKey(QuotedSubjects.Vehicles);
        quoted.ShouldNotContainKey(QuotedSubjects.CarriedOver);
    }

    [Fact]
    public void Five_projects_with_amount_plans()
    {
        var projects = Disclosure.Projects;
        projects.Select(p => (p.Code, p.Name, p.Budget)).ShouldBe(new[]
        {
            ((string?)"13063124P004245116869", "金融办城改办工作经费", (decimal?)30.00m),
            ("13063124P00424511205H", "劳务派遣经费", 30.60m),
            ("13063124P004245113556", "政府办工作经费", 150.00m),
            ("13063124P004245113600", "政府网站信政务平台运行维护", 130.00m),
            ("13063124P004245113581", "政府移动专网外网费", 86.72m),
        });
        projects.Sum(p => p.Budget).ShouldBe(427.32m);
        projects.ShouldAllBe(p => p.Indicators.Count == 7 && p.PlanHeader == "资金支出计划（%）" && p.FiscalFunds == p.Budget);
        projects[0].PlanCells.ShouldBe(new[] { "7.50", "15.00", "22.50", "30.00" });
        projects[0].Purpose.ShouldBe("保障 2024 年金融城改各项工作开展");
        projects[0].Goals.ShouldBe(new[] { "目标内容 1" });
    }

    [Fact]
    public void Space_separated_indicators_split_on_tier_names_values_and_repeated_text()
    {
        Project("金融办城改办工作经费").Indicators[0].ShouldBe(new PrintedIndicator("产出指标", "数量指标", "各项工作完成率", "各项工作完成率", "≥98 百分比", "年终考核", 913));
        Project("金融办城改办工作经费").Indicators[4].ShouldBe(new PrintedIndicator("效益指标", "经济效益指标", "提高工作效率", "提高工作效率", "是否提高", "年终考核", 922));

        var labour = Project("劳务派遣经费").Indicators;
        labour[0].ShouldBe(new PrintedIndicator("产出指标", "数量指标", "聘用人员数量", "聘用人员数量", "9 人", "劳务派遣合同", 958));
        labour[6].ShouldBe(new PrintedIndicator("满意度指标", "服务对象满意度指标", "机关工作人员使用满意度", "机关工作人员反馈满意和较满意的数量占调查用户总数量的比率", "≥98 百分比", "劳务派遣合同", 990));

        var website = Project("政府网站信政务平台运行维护").Indicators;
        website[0].Name.ShouldBe("门户网站安全事件处置率（％）");
        website[1].Description.ShouldBe("网站等保、运维及使用政务云安全整改");
        website[2].Name.ShouldBe("1.12 月底完成网站风险评估、");
        website[2].Value.ShouldBe("完成评估情况");
        website[2].Basis.ShouldBe("政府网站维护协议");
    }

    private static PrintedProject Project(string name) => Disclosure.Projects.Single(p => p.Name == name);
}
