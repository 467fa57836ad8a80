using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms;

/// <summary>The form files (kind form): the shipped ones parse and are chosen by region and year; a broken one fails with its place.</summary>
public class FormSchemaTests
{
    [Fact]
    public void Every_shipped_form_parses_and_is_listed()
    {
        var forms = FormCatalog.Shipped.Forms;

        forms.Select(f => f.Id).ShouldContain("shanghai");
        forms.ShouldAllBe(f => f.Tables.Count > 0);
    }

    [Theory]
    [InlineData("310107", 2025, "shanghai")]
    [InlineData("310107", 2023, "shanghai")]
    [InlineData("310107", 2024, "shanghai")]
    [InlineData("310000", 2025, "shanghai-municipal")]
    public void A_district_gets_its_regions_form(string region, int year, string expected)
        => FormCatalog.Shipped.Select(region, year).ShouldNotBeNull().Id.ShouldBe(expected);

    [Fact]
    public void A_year_outside_every_form_gets_none()
        => FormCatalog.Shipped.Select("310107", 2016).ShouldBeNull();

    [Fact]
    public void No_form_is_one_line_naming_what_the_schema_has()
    {
        var message = FormCatalog.Shipped.NoFormMessage("四川省", 2025);

        message.ShouldStartWith("no template for 四川省 2025 (the schema has: 河北省 2023–2024, ");
        message.ShouldContain("上海市 2023–2025");
        message.ShouldContain("上海市本级 2025");
        message.ShouldEndWith("); see docs/templates.md");
        message.ShouldNotContain("\n");
    }

    [Fact]
    public void The_longer_region_prefix_wins()
    {
        var shanghai = FormCatalog.Shipped.Select("310107", 2025).ShouldNotBeNull();
        var putuo = shanghai with { Id = "putuo", Region = "310107" };

        new FormCatalog(new[] { shanghai, putuo }).Select("310107", 2025).ShouldNotBeNull().Id.ShouldBe("putuo");
        new FormCatalog(new[] { shanghai, putuo }).Select("310104", 2025).ShouldNotBeNull().Id.ShouldBe("shanghai");
    }

    [Theory]
    [InlineData("""{"kind":"form"}""", "$.id", "missing")]
    [InlineData("""{"kind":"form","id":"x","title":"t","region":"3a","years":{"from":2025,"to":2025},"kinds":[],"header":{"department":["a"],"unit":["b"]},"tables":[]}""", "$.region", "GB/T 2260")]
    [InlineData("""{"kind":"form","id":"x","title":"t","region":"31","years":{"from":2025,"to":2024},"kinds":[],"header":{"department":["a"],"unit":["b"]},"tables":[]}""", "$.years", "from ≤ to")]
    [InlineData("""{"kind":"form","id":"x","title":"t","region":"31","years":{"from":2025,"to":2025},"kinds":[],"header":{"department":["a"],"unit":["b"]},"tables":[{"id":"t1","titles":["x"],"unit":"元","rows":{"source":"single"},"columns":[{"id":"total","labels":["合计"],"sums":["basik"]},{"id":"basic","labels":["基本"]}]}]}""", "$.tables[0].columns[0].sums[0]", "one of basic")]
    [InlineData("""{"kind":"form","id":"x","title":"t","region":"31","years":{"from":2025,"to":2025},"kinds":[],"header":{"department":["a"],"unit":["b"]},"tables":[{"id":"t1","titles":["x"],"unit":"元","rows":{"source":"single"},"columns":[{"id":"total","labels":["合计"],"sum":["basic"]}]}]}""", "$.tables[0].columns[0].sum", "not a property")]
    [InlineData("""{"kind":"form","id":"x","title":"t","region":"31","years":{"from":2025,"to":2025},"kinds":[],"header":{"department":["a"],"unit":["b"]},"tables":[{"id":"t1","titles":["x"],"unit":"元","rows":{"source":"single"},"columns":[{"id":"total","labels":["合计"]}]}],"identities":[{"id":"i","left":"t1.row.total","right":["t2.row.total"],"description":"d"}]}""", "$.identities[0].right[0]", "table \"t2\"")]
    [InlineData("""{"kind":"form","id":"x","title":"t","region":"31","years":{"from":2025,"to":2025},"kinds":[],"header":{"department":["a"],"unit":["b"]},"tables":[{"id":"t1","titles":["x"],"unit":"元","rows":{"source":"single"},"columns":[{"id":"total","labels":["合计"]}]}],"narrative":{"quotes":[{"id":"q","pattern":"(?<amount>[0-9]+","cell":"t1.row.total"}]}}""", "$.narrative.quotes[0].pattern", "regular expression")]
    [InlineData("""{"kind":"form", "id": }""", "line 1, byte 23", "not valid JSON")]
    public void A_broken_form_fails_with_its_json_path_and_what_was_expected(string json, string path, string expected)
    {
        var e = Should.Throw<FormSchemaException>(() => FormParser.Parse("mine.budget.json", json));

        e.File.ShouldBe("mine.budget.json");
        e.Path.ShouldBe(path);
        e.Detail.ShouldContain(expected);
    }

    [Fact]
    public void The_municipal_form_is_only_for_the_citys_own_code()
    {
        // 310000 (上海市本级) takes the municipal form; a district of 31 keeps the district form.
        FormCatalog.Shipped.Select("310000", 2025).ShouldNotBeNull().Table("t1").ShouldNotBeNull().Decimals.ShouldBe(0);
        FormCatalog.Shipped.Select("310107", 2025).ShouldNotBeNull().Id.ShouldBe("shanghai");
    }

    [Fact]
    public void A_units_income_and_expense_table_splits_its_expense_side_where_a_departments_prints_one_amount()
    {
        var expense = FormCatalog.Shipped.Forms.Single(f => f.Id == "shanghai").Table("t1").ShouldNotBeNull().Side("expense").ShouldNotBeNull();

        expense.Columns.Where(c => c.PrintsFor("department")).Select(c => c.Id).ShouldBe(new[] { "amount" });
        expense.Columns.Where(c => c.PrintsFor("unit")).Select(c => c.Id).ShouldBe(new[] { "amount", "personnel", "publicUse", "project" });
    }

    [Fact]
    public void A_column_for_an_undeclared_document_kind_fails_with_its_path()
    {
        const string json = """{"kind":"form","id":"x","title":"t","region":"31","years":{"from":2025,"to":2025},"kinds":[{"id":"unit","labels":["单位"]}],"header":{"department":["a"],"unit":["b"]},"tables":[{"id":"t1","titles":["x"],"unit":"元","rows":{"source":"single"},"columns":[{"id":"total","labels":["合计"],"documentKinds":["departmnet"]}]}]}""";

        var e = Should.Throw<FormSchemaException>(() => FormParser.Parse("mine.budget.json", json));

        e.Path.ShouldBe("$.tables[0].columns[0].documentKinds[0]");
        e.Detail.ShouldContain("expected one of unit");
    }

    [Fact]
    public void Shanghai_declares_what_each_total_column_sums()
    {
        var form = FormCatalog.Shipped.Forms.Single(f => f.Id == "shanghai");
        var t3 = form.Table("t3").ShouldNotBeNull().Side(FormCellRef.MainSide).ShouldNotBeNull();

        t3.Column("total").ShouldNotBeNull().Sums.ShouldBe(new[] { "basic", "project" });
        t3.Rows.Total.Position.ShouldBe(TotalPosition.Last);
        t3.Rows.Printing.ShouldBe(CodePrinting.Split);
    }
}
