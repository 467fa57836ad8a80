using BudgetSdk.Samples;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Disclosures;

/// <summary>
/// 卢龙县人民政府办公室 2024 (seed 000) built from its facts: every cell of the nine derived tables equals the
/// published one, except the 三公 rows the publisher left blank, which the SDK fills.
/// </summary>
public class Lulong2024Tests
{
    private static readonly Lazy<Disclosure> Built = new(() => Lulong2024.Facts().Build().GetOrThrow());

    [Fact]
    public void Builds_without_problems()
    {
        var result = Lulong2024.Facts().Build();

        result.Problems.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Every_cell_agrees_with_the_published_tables_except_the_blank_three_public_totals()
    {
        var differences = PublishedComparison.Differences(Built.Value, "000");

        differences.ShouldBe(
            new[]
            {
                "T9/合计/合计: printed blank, derived 15.50",
                "T9/合计/一般公共预算财政拨款: printed blank, derived 15.50",
                "T9/“三公”经费小计/合计: printed blank, derived 15.50",
                "T9/“三公”经费小计/一般公共预算财政拨款: printed blank, derived 15.50",
                "T9/二、公务用车购置及运维费/合计: printed blank, derived 3.50",
                "T9/二、公务用车购置及运维费/一般公共预算财政拨款: printed blank, derived 3.50",
            },
            ignoreOrder: true);
    }

    [Fact]
    public void The_comparison_reads_every_printed_row_so_a_wrong_fact_shows()
    {
        var titles = Built.Value.Tables.Where(t => t.Id <= TableId.T9).Select(t => t.Title).ToArray();
        var printed = PrintedTables.Read("000", titles);
        printed.Values.Select(rows => rows.Count).ShouldBe(new[] { 34, 23, 23, 37, 20, 18, 4, 0, 7 });

        var wrong = Lulong2024.Facts()
            .Spend(BudgetSdk.Codes.FunctionalCode.Edition2024.行政运行_2010301, BudgetSdk.Facts.ExpenseKind.Basic, BudgetSdk.Amounts.Money.FromWan(0.01m))
            .Basic(BudgetSdk.Codes.DepartmentEconomicCode.Edition2024.基本工资_30101, personnel: BudgetSdk.Amounts.Money.FromWan(0.01m))
            .Build().GetOrThrow();
        var differences = PublishedComparison.Differences(wrong, "000");
        differences.ShouldContain("T3/2010301/合计: printed 267.58, derived 267.59");
        differences.ShouldContain("T6/30101/人员经费: printed 163.68, derived 163.69");
        differences.ShouldContain("T1/row 1 一、一般公共预算拨款收入|一、一般公共服务支出/收入预算数: printed 777.37, derived 777.38");
    }

    [Fact]
    public void Totals_and_quoted_figures_match_the_explanatory_sections()
    {
        var figures = Built.Value.Figures;

        // 二、部门预算安排的总体情况 / 三、机关运行经费 / 四、“三公”经费 as printed in seed 000.
        figures.Income.ShouldBe(777.63m);
        figures.IncomeByLine.Select(p => p.Value).Take(2).ShouldBe(new[] { 777.37m, 0.26m });
        figures.Expense.ShouldBe(777.63m);
        figures.Basic.ShouldBe(436.55m);
        figures.Personnel.ShouldBe(402.35m);
        figures.PublicUse.ShouldBe(34.20m);
        figures.Project.ShouldBe(341.08m);
        figures.OperatingFunds.ShouldBe(34.20m);
        figures.ExpenseChange.ShouldBe(-14.85m);
        figures.BasicChange.ShouldBe(6.98m);
        figures.ProjectChange.ShouldBe(-21.83m);
        figures.ThreePublic.ShouldBe(15.50m);
        figures.Vehicles.ShouldBe(3.50m);
        figures.VehicleOperation.ShouldBe(3.50m);
        figures.Reception.ShouldBe(12.00m);
        figures.ThreePublicChange.ShouldBe(-6.00m);
    }

    [Fact]
    public void Schedules_match_the_published_procurement_and_asset_tables()
    {
        var procurement = Built.Value[TableId.Procurement];
        procurement.Rows.Select(r => r.Label).ShouldBe(new[] { "合计", "卢龙县人民政府办公室本级小计", "县机关服务中心餐饮服务外包项目｜餐饮服务｜年" });
        procurement.Rows[0][procurement.Column("合计")].ShouldBe(189.00m);
        procurement.Rows[0][procurement.Column("预留中小微企业份额")].ShouldBe(189.00m);

        var assets = Built.Value[TableId.Assets];
        assets.RowLabelled("资产总额")![1].ShouldBe(46.70m);
        assets.RowLabelled("4、其他固定资产")!.Cells.ShouldBe(new[] { 656m, 43.44m });
    }

    [Fact]
    public void The_empty_state_capital_table_prints_the_empty_note()
    {
        var t8 = Built.Value[TableId.T8];

        t8.IsEmpty.ShouldBeTrue();
        t8.Note.ShouldBe("注：无国有资本经营预算财政拨款预算，空表列示。");
        Built.Value[TableId.T7].Note.ShouldBeNull();
    }
}
