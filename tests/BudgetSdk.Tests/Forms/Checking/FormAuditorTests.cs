using BudgetSdk.Amounts;
using BudgetSdk.Audit;
using BudgetSdk.Forms.Checking;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Rules;
using static BudgetSdk.Tests.Forms.Checking.Printing;

namespace BudgetSdk.Tests.Forms.Checking;

public sealed class FormAuditorTests
{
    [Fact]
    public void A_right_table_has_no_finding()
        => FormAuditor.Audit(Document([OneItem("t3", "2080506", 873617m)])).ShouldBeEmpty();

    [Fact]
    public void A_column_that_is_not_the_sum_of_its_parts_is_found_in_each_row()
    {
        var t3 = Table("t3", MoneyUnit.Yuan, null, ("201", "一般公共服务支出", [100m, 60m, 30m]), ("total", "合计", [100m, 60m, 30m]));
        var findings = FormAuditor.Audit(Document([t3]));
        findings.Select(f => (f.Rule, f.Location, f.Printed, f.Expected)).ShouldBe([
            ("BDR0920", "t3/201/total", "100.00", "90.00"),
            ("BDR0920", "t3/total/total", "100.00", "90.00"),
        ]);
    }

    [Fact]
    public void A_kuan_that_is_not_the_sum_of_its_xiang_is_found()
    {
        var t3 = Table("t3", MoneyUnit.Yuan, null,
            ("201", "一般公共服务支出", [100m, 100m, null]),
            ("20106", "财政事务", [100m, 100m, null]),
            ("2010601", "行政运行", [60m, 60m, null]),
            ("2010602", "一般行政管理事务", [30m, 30m, null]),
            ("total", "合计", [100m, 100m, null]));
        FormAuditor.Audit(Document([t3])).Select(f => (f.Rule, f.Location, f.Expected)).ShouldBe([
            ("BDR0922", "t3/20106/basic", "90.00"),
            ("BDR0922", "t3/20106/total", "90.00"),
        ]);
    }

    [Fact]
    public void An_income_total_that_is_not_its_lines_is_found()
    {
        var side = Form.Table("t1").ShouldNotBeNull();
        var income = new PrintedSide("income", ["amount"], [
            new(PrintedRowKind.Line, "fiscal", "一、财政拨款收入", [50m], 10),
            new(PrintedRowKind.Line, "general", "1. 一般公共预算", [50m], 11),
            new(PrintedRowKind.Total, "total", "收入总计", [60m], 12),
        ]);
        var expense = new PrintedSide("expense", ["amount"], [new(PrintedRowKind.Code, "201", "一、一般公共服务支出", [60m], 20), new(PrintedRowKind.Total, "total", "支出总计", [60m], 21)]);
        var findings = FormAuditor.Audit(Document([new PrintedFormTable(side.Id, "t1", MoneyUnit.Yuan, [income, expense], null, 1)]));
        findings.Select(f => (f.Rule, f.Location, f.Expected)).ShouldBe([("BDR0921", "t1.income/total/amount", "50.00")]);
    }

    [Theory]
    [InlineData(229.43, 0)]
    [InlineData(229.44, 1)]
    public void A_soft_identity_across_units_compares_in_wan_at_its_decimals_and_warns(double operating, int expected)
    {
        var t8 = Table("t8", MoneyUnit.Yuan, null, ("302", "商品和服务支出", [2294335m, null, 2294335m]), ("total", "合计", [2294335m, null, 2294335m]));
        var t9 = Table("t9", MoneyUnit.TenThousandYuan, null, ("row", "-", [null, null, null, null, null, null, (decimal)operating]));
        var findings = FormAuditor.Audit(Document([t8, t9]));
        findings.Count.ShouldBe(expected);
        if (expected == 1)
        {
            findings[0].Rule.ShouldBe("BDR0924");
            findings[0].Severity.ShouldBe(Severity.Warning);
            findings[0].Location.ShouldBe("t9/row/operatingFunds");
            findings[0].Expected.ShouldBe("229.43");
        }
    }

    [Fact]
    public void An_empty_table_with_its_own_note_has_no_finding()
        => FormAuditor.Audit(Document([Table("t7", MoneyUnit.Yuan, new PrintedNote("注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。", 30), ("total", "合计", [null, null, null]))])).ShouldBeEmpty();

    [Fact]
    public void An_empty_table_whose_note_speaks_of_another_fund_is_found_with_the_expected_note()
    {
        var t7 = Table("t7", MoneyUnit.Yuan, new PrintedNote("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。", 30), ("total", "合计", [null, null, null]));
        var finding = FormAuditor.Audit(Document([t7])).ShouldHaveSingleItem();
        (finding.Rule, finding.Severity, finding.Location, finding.Line).ShouldBe(("BDR0925", Severity.Error, "t7/note", (int?)30));
        finding.Expected.ShouldBe("注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。");
    }

    [Fact]
    public void A_table_with_amounts_and_an_empty_note_is_found()
    {
        var t6 = OneItem("t6", "2120801", 5m) with { Note = new PrintedNote("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。", 40) };
        FormAuditor.Audit(Document([t6])).Select(f => (f.Rule, f.Location)).ShouldBe([("BDR0925", "t6/note")]);
    }

    [Theory]
    [InlineData(87.36, null, null)]
    [InlineData(887.36, "BDR0926", "extra digit 8")]
    [InlineData(87.37, "BDR0926", null)]
    [InlineData(873617.00, "BDR0928", "in 元")]
    public void A_quote_equals_its_cell_in_wan(double printed, string? rule, string? says)
    {
        var findings = FormAuditor.Audit(Document([OneItem("t5", "2080506", 873617m)], [Quote("t5.2080506.total", (decimal)printed)]));
        if (rule is null)
        {
            findings.ShouldBeEmpty();
            return;
        }

        var finding = findings.ShouldHaveSingleItem();
        (finding.Rule, finding.Location, finding.Expected, finding.Line).ShouldBe((rule, "narrative:line 98", "87.36", (int?)98));
        if (says is not null)
        {
            finding.Message.ShouldContain(says);
        }
    }

    [Fact]
    public void A_quote_cut_off_instead_of_rounded_is_a_rounding_finding()
    {
        var finding = FormAuditor.Audit(Document([OneItem("t5", "2080501", 877080m)], [Quote("t5.2080501.total", 87.70m)])).ShouldHaveSingleItem();
        (finding.Rule, finding.Printed, finding.Expected).ShouldBe(("BDR0927", "87.70", "87.71"));
        finding.Message.ShouldContain("87.708");
    }

    [Fact]
    public void Items_printed_twice_are_one_warning_naming_them_and_compared_once()
    {
        var quotes = new[] { 7, 8, 7, 8 }.Select((item, i) => Quote("t5.2080506.total", 887.36m, item, 90 + i, $"sentence {item}"));
        var findings = FormAuditor.Audit(Document([OneItem("t5", "2080506", 873617m)], quotes));
        findings.Select(f => (f.Rule, f.Line)).ShouldBe([("BDR0926", (int?)90), ("BDR0926", (int?)91), ("BDR0929", (int?)92)]);
        findings[2].Severity.ShouldBe(Severity.Warning);
        findings[2].Message.ShouldContain("items 7–8 printed twice");
    }

    [Fact]
    public void A_quote_whose_names_resolve_to_no_code_is_a_warning()
    {
        var finding = FormAuditor.Audit(Document([OneItem("t5", "2080506", 873617m)], [Quote("t5.2080506.total", 87.36m) with { Cell = null }])).ShouldHaveSingleItem();
        (finding.Rule, finding.Severity).ShouldBe(("BDR0930", Severity.Warning));
    }

    [Theory]
    [InlineData(0, ChangeDirection.Increase, 1)]
    [InlineData(0, ChangeDirection.Unchanged, 0)]
    [InlineData(10, ChangeDirection.Increase, 0)]
    public void An_amount_of_zero_that_increased_is_an_error(int amount, ChangeDirection direction, int expected)
    {
        var change = new FormChange("fund-change", null, amount, direction, direction == ChangeDirection.Unchanged ? null : 1421.25m, 2022, "s", 71);
        var findings = FormAuditor.Audit(Document([], changes: [change]));
        findings.Count.ShouldBe(expected);
        if (expected == 1)
        {
            (findings[0].Rule, findings[0].Severity, findings[0].Location).ShouldBe(("BDR0931", Severity.Error, "narrative:line 71"));
        }
    }

    [Fact]
    public void One_code_under_two_names_is_a_warning_listing_them_with_the_current_name()
    {
        var t3 = OneItem("t3", "2101102", 5m);
        var t3Rows = t3.Sides[0].Rows.Select(r => r.Id == "210" ? r with { Label = "卫生健康支出" } : r).ToArray();
        var t5 = OneItem("t5", "2101102", 5m);
        var t5Rows = t5.Sides[0].Rows.Select(r => r.Id == "210" ? r with { Label = "医疗卫生与计划生育支出", Line = 50 } : r).ToArray();
        var document = Document([t3 with { Sides = [t3.Sides[0] with { Rows = t3Rows }] }, t5 with { Sides = [t5.Sides[0] with { Rows = t5Rows }] }]);
        var finding = FormAuditor.Audit(document).ShouldHaveSingleItem();
        (finding.Rule, finding.Severity, finding.Location, finding.Expected).ShouldBe(("BDR0933", Severity.Warning, "code:210", "卫生健康支出"));
        finding.Message.ShouldContain("卫生健康支出 in t3; 医疗卫生与计划生育支出 in t5");
    }

    [Fact]
    public void Names_differing_only_in_brackets_spaces_or_qita_are_one_name()
    {
        var t3 = OneItem("t3", "2080599", 5m, "其他行政事业单位养老支出");
        var t5 = OneItem("t5", "2080599", 5m, "其它行政事业单位 养老支出");
        FormAuditor.Audit(Document([t3, t5])).ShouldBeEmpty();
    }
}
