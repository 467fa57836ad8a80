using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Tests.Import.Tables;

/// <summary>
/// Space-separated tables whose rows alone cannot tell their columns, built so that the column each preference
/// would choose on its own is wrong: only the sums, the 合计 rows and the other tables can place the amounts.
/// The department spends 50.00 basic (2010301) and 10.00 basic (2210201) of 一般公共预算, 40.00 project (2120899) of
/// 政府性基金, and 10.00 project (2010399) of 事业收入.
/// </summary>
public class ColumnRecoveryTests
{
    private const string Header = "434 测试县人民政府办公室 预算年度：2024 单位：万元";

    private static readonly string Text = string.Join('\n', new[]
    {
        "部门预算收支总表", Header, "栏次 1 2 3 4",
        "1 一、一般公共预算拨款收入 60.00 一、一般公共服务支出 60.00",
        "2 二、政府性基金预算拨款收入 40.00 二、外交支出",
        "3 五、单位资金 10.00 十二、城乡社区支出 40.00",
        "4 二十、住房保障支出 10.00",
        "5 本年收入合计 110.00 本年支出合计 110.00",
        "6 收入总计 110.00 支出总计 110.00",
        "部门预算收入总表", Header, "栏次 1 2 3 4 5 6 7 8 9 10 11 12",
        "1 合计 110.00 110.00 100.00 10.00",
        "2 201 一般公共服务支出 60.00 60.00 50.00 10.00",
        "3 20103", "政府办公厅（室）及相关", "机构事务", "60.00 60.00 50.00 10.00",
        "4 2010301 行政运行 50.00 50.00 50.00",
        "5 2010399 其他政府办公厅（室）及相关机构事务支出 10.00 10.00 10.00",
        "6 212 城乡社区支出 40.00 40.00 40.00",
        "7 2120899 其他国有土地使用权出让收入安排的支出 40.00 40.00 40.00",
        "8 221 住房保障支出 10.00 10.00 10.00",
        "9 2210201 住房公积金 10.00 10.00 10.00",
        "部门预算支出总表", Header, "栏次 1 2 3 4 5 6 7 8",
        "1 合计 110.00 60.00 50.00",
        "2 201 一般公共服务支出 60.00 50.00 10.00",
        "3 20103 政府办公厅（室）及相关机构事务 60.00 50.00 10.00",
        "4 2010301 行政运行 50.00 50.00",
        "5 2010399 其他政府办公厅（室）及相关机构事务支出 10.00 10.00",
        "6 212 城乡社区支出 40.00 40.00",
        "7 2120899 其他国有土地使用权出让收入安排的支出 40.00 40.00",
        "8 221 住房保障支出 10.00 10.00",
        "9 2210201 住房公积金 10.00 10.00",
        "部门预算财政拨款收支总表", Header, "栏次 1 2 3 4 5 6 7",
        "1 一、一般公共预算拨款 60.00 一、一般公共服务支出 50.00 50.00",
        "2 二、政府性基金预算拨款 40.00 十二、城乡社区支出 40.00 40.00",
        "3 二十、住房保障支出 10.00 10.00",
        "4 本年收入合计 100.00 本年支出合计 100.00 60.00 40.00",
        "5 收入总计 100.00 支出总计 100.00 60.00 40.00",
        "部门预算一般公共预算财政拨款支出表", Header, "栏次 1 2 3 4 5",
        "1 合计 60.00 60.00",
        "2 201 一般公共服务支出 50.00 50.00",
        "3 2010301 行政运行 50.00 50.00",
        "4 221 住房保障支出 10.00 10.00",
        "5 2210201 住房公积金 10.00 10.00",
        "部门预算政府性基金预算财政拨款支出表", Header, "栏次 1 2 3 4 5",
        "1 合计 40.00 40.00",
        "2 212 城乡社区支出 40.00 40.00",
        "3 2120899 其他国有土地使用权出让收入安排的支出 40.00 40.00",
        "部门预算财政拨款“三公”经费支出表", Header, "栏次 1 2 3 4 5",
        "1 合计 2.00 2.00",
        "2 三、公务接待费 2.00 2.00",
        "二、部门预算安排的总体情况",
        "2024年预算收入110.00万元。",
    });

    private static readonly PublishedDisclosure Disclosure = DisclosureImporter.Read(Text);

    [Fact]
    public void T3_places_a_subtree_by_the_合计_row_and_the_fund_tables()
    {
        // 212's 40.00 40.00 would be 基本支出 by preference; the 合计 row's 基本支出 (60.00) leaves no room for it.
        Cells(TableId.T3, "212").ShouldBe(new decimal?[] { 40.00m, null, 40.00m, null, null, null });
        Cells(TableId.T3, "2120899").ShouldBe(new decimal?[] { 40.00m, null, 40.00m, null, null, null });
        Cells(TableId.T3, "2010399").ShouldBe(new decimal?[] { 10.00m, null, 10.00m, null, null, null });
        Cells(TableId.T3, "2210201").ShouldBe(new decimal?[] { 10.00m, 10.00m, null, null, null, null });
    }

    [Fact]
    public void A_fund_table_whose_rows_print_two_equal_numbers_takes_its_column_from_T3()
    {
        Cells(TableId.T7, "合计").ShouldBe(new decimal?[] { 40.00m, null, 40.00m });
        Cells(TableId.T7, "2120899").ShouldBe(new decimal?[] { 40.00m, null, 40.00m });
        Cells(TableId.T5, "合计").ShouldBe(new decimal?[] { 60.00m, 60.00m, null });
    }

    [Fact]
    public void T4_fund_columns_follow_the_类_rows_of_T5_and_T7()
    {
        Cells(TableId.T4, "十二、城乡社区支出").ShouldBe(new decimal?[] { 40.00m, 40.00m, null, 40.00m, null });
        Cells(TableId.T4, "一、一般公共服务支出").ShouldBe(new decimal?[] { 60.00m, 50.00m, 50.00m, null, null });
        Cells(TableId.T4, "本年支出合计").ShouldBe(new decimal?[] { 100.00m, 100.00m, 60.00m, 40.00m, null });
    }

    [Fact]
    public void T2_source_columns_follow_T1_income_lines()
    {
        // T1 says 单位资金 is 10.00 and 财政专户 nothing, so the second source is 事业收入, not 财政专户收入.
        Cells(TableId.T2, "合计").ShouldBe(new decimal?[] { 110.00m, 110.00m, 100.00m, null, 10.00m, null, null, null, null, null });
        Cells(TableId.T2, "2010399").ShouldBe(new decimal?[] { 10.00m, 10.00m, null, null, 10.00m, null, null, null, null, null });
        Cells(TableId.T2, "2120899").ShouldBe(new decimal?[] { 40.00m, 40.00m, 40.00m, null, null, null, null, null, null, null });
        Disclosure.Table(TableId.T2)!.Rows.Single(r => r.Code == "20103").Label.ShouldBe("政府办公厅（室）及相关机构事务");
    }

    [Fact]
    public void The_recovered_tables_add_up()
    {
        DisclosureTemplate.TrySelect(2024, "13", out var template, out _).ShouldBeTrue();
        TableChecks.Check(Disclosure.Tables.Select(t => t.ToBudgetTable()).ToArray(), template!).ShouldBeEmpty();
    }

    private static IReadOnlyList<decimal?> Cells(TableId table, string key)
        => Disclosure.Table(table)!.Rows.First(r => (r.Code ?? r.Label) == key || r.ExpenseLabel == key).Cells;
}
