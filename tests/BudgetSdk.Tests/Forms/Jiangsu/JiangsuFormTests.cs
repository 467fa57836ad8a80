using BudgetSdk.Facts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Schema;
using Shouldly;
using Xunit;

namespace BudgetSdk.Tests.Forms.Jiangsu;

/// <summary>Jiangsu's 省级 forms (2017 and 2019) as shipped in schema/forms: chosen by region and year, and shaped as printed.</summary>
public sealed class JiangsuFormTests
{
    [Theory]
    [InlineData("320000", 2019, "jiangsu-2019")]
    [InlineData("320000", 2018, "jiangsu-2019")]
    [InlineData("320000", 2017, "jiangsu-2017")]
    [InlineData("320100", 2019, "jiangsu-2019")]
    public void A_Jiangsu_department_gets_its_years_form(string region, int year, string expected)
        => FormCatalog.Shipped.Select(region, year).ShouldNotBeNull().Id.ShouldBe(expected);

    [Fact]
    public void Jiangsu_before_2017_has_no_form()
        => FormCatalog.Shipped.Select("320000", 2016).ShouldBeNull();

    [Theory]
    [InlineData("jiangsu-2019")]
    [InlineData("jiangsu-2017")]
    public void Twelve_tables_with_a_three_sided_T1(string id)
    {
        var form = Form(id);
        form.Tables.Count.ShouldBe(12);
        var t1 = form.Table("t1").ShouldNotBeNull();
        t1.Sides.Select(s => s.Id).ShouldBe(new[] { "income", "function", "uses" });
        var function = t1.Side("function").ShouldNotBeNull().Rows;
        function.AllClasses.ShouldBeTrue();
        function.Total.Position.ShouldBe(TotalPosition.Unprinted);
        var uses = t1.Side("uses").ShouldNotBeNull().Rows;
        uses.Lines.Single(l => l.Id == "subtotal").Sums.ShouldBe(new[] { "basic", "project", "reserve" });
        uses.Lines.Single(l => l.Id == "reserve").Select.Kinds.ShouldBe(new[] { ExpenseKind.Reserve });
    }

    [Theory]
    [InlineData("jiangsu-2019", "t9")]
    [InlineData("jiangsu-2017", "t11")]
    public void The_three_public_total_is_not_the_row_total(string id, string table)
    {
        var row = Form(id).Table(table).ShouldNotBeNull().Sides.Single();
        row.Rows.Source.ShouldBe(RowSource.Single);
        row.Column("total").ShouldNotBeNull().Sums.ShouldBe(new[] { "threePublic", "meeting", "training" });
        row.Column("threePublic").ShouldNotBeNull().Sums.ShouldBe(new[] { "overseas", "vehicles", "reception" });
    }

    [Fact]
    public void The_2017_form_orders_the_fund_table_seventh()
    {
        Form("jiangsu-2017").Table("t7").ShouldNotBeNull().Titles[0].ShouldBe("财政拨款政府性基金支出预算表");
        Form("jiangsu-2019").Table("t10").ShouldNotBeNull().Titles.ShouldContain("政府性基金预算财政拨款支出预算表");
    }

    [Fact]
    public void An_unprinted_total_needs_no_labels_but_a_printed_one_does()
    {
        var form = Form("jiangsu-2019");
        form.Identities.Single(i => i.Id == "t1-function").Right.Single().ToString().ShouldBe("t1.function.total.amount");
        Should.Throw<FormSchemaException>(() => FormParser.Parse("x.budget.json", Minimal("\"position\": \"first\"")))
            .Message.ShouldContain("labels");
        FormParser.Parse("x.budget.json", Minimal("\"position\": \"unprinted\"")).Tables.Single().Sides.Single().Rows.Total.Position
            .ShouldBe(TotalPosition.Unprinted);
    }

    private static FormTemplate Form(string id) => FormCatalog.Shipped.Forms.Single(f => f.Id == id);

    private static string Minimal(string total) => $$"""
        { "kind": "form", "id": "x", "title": "x", "region": "32", "years": { "from": 2019, "to": 2019 },
          "kinds": [ { "id": "department", "labels": ["部门"] } ], "header": { "department": ["部门："], "unit": ["单位："] },
          "tables": [ { "id": "t5", "titles": ["表"], "unit": "万元",
            "rows": { "source": "codes", "codeSystem": "functional", "total": { {{total}} } },
            "columns": [ { "id": "amount", "labels": ["金额"] } ] } ] }
        """;
}
