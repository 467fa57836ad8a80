using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms.Hebei;

/// <summary>
/// Hebei's forms in the catalogue (河北省 2023 and 2024, and the two counties whose “三公” table differs, each based on
/// 河北省's 2024 form) and what the form model gained for them: a form based on another, fixed lines standing for a 类, a
/// department named after its 部门编码.
/// </summary>
public class HebeiFormSchemaTests
{
    private const string Base = """{"kind":"form","id":"base","title":"t","region":"13","years":{"from":2024,"to":2024},"kinds":[{"id":"department","labels":["部门"]}],"header":{"department":["编制部门："],"unit":["单位："]},"tables":[{"id":"t1","titles":["x"],"unit":"万元","rows":{"source":"single"},"columns":[{"id":"total","labels":["合计"]}]}]}""";

    [Theory]
    [InlineData("130324", 2024, "hebei-2024")]
    [InlineData("130321", 2024, "hebei-2024-qinglong")]
    [InlineData("130631", 2024, "hebei-2024-wangdu")]
    [InlineData("130321", 2023, "hebei-2023")]
    [InlineData("130000", 2023, "hebei-2023")]
    public void A_county_gets_its_own_form_or_its_provinces(string region, int year, string expected)
        => FormCatalog.Shipped.Select(region, year).ShouldNotBeNull().Id.ShouldBe(expected);

    [Theory]
    [InlineData("130324", 2025, "hebei-2024")]
    [InlineData("130321", 2026, "hebei-2024-qinglong")]
    [InlineData("130324", 2024, "hebei-2024")]
    public void A_later_year_is_built_in_the_newest_form_before_it_but_not_read_in_it(string region, int year, string expected)
    {
        FormCatalog.Shipped.SelectInForce(region, year).ShouldNotBeNull().Id.ShouldBe(expected);
        (FormCatalog.Shipped.Select(region, year)?.Id).ShouldBe(year == 2024 ? expected : null);
    }

    [Fact]
    public void A_2025_disclosure_of_a_Hebei_county_builds_its_nine_tables_in_the_2024_form()
    {
        // What the 2024 line sets carry on to later years, the builder's tables do too (a project's own 2025 edition).
        var lulong = BudgetSdk.Samples.Lulong2024.Facts().Build().GetOrThrow();
        var facts = lulong.Facts with { Header = lulong.Facts.Header with { Year = 2025 } };

        var built = BudgetSdk.Building.DisclosureBuilder.Build(facts).GetOrThrow();

        built.Tables.Where(t => t.Id <= BudgetSdk.Tables.TableId.T9).Select(t => t.Rows.Count)
            .ShouldBe(lulong.Tables.Where(t => t.Id <= BudgetSdk.Tables.TableId.T9).Select(t => t.Rows.Count));
    }

    [Fact]
    public void A_county_form_is_the_provinces_but_for_the_table_it_replaces()
    {
        var hebei = Form("hebei-2024");
        var qinglong = Form("hebei-2024-qinglong");

        qinglong.BasedOn.ShouldBe("hebei-2024");
        qinglong.Tables.Select(t => t.Id).ShouldBe(hebei.Tables.Select(t => t.Id));
        qinglong.Tables.Where(t => t.Id != "t9").ShouldBe(hebei.Tables.Where(t => t.Id != "t9"));
        qinglong.Table("t9")!.Side(FormCellRef.MainSide)!.Rows.Total.Position.ShouldBe(TotalPosition.None);
        qinglong.Identities.ShouldBe(hebei.Identities);
        Form("hebei-2023").Table("t7")!.Titles[0].ShouldBe("部门预算政府基金预算财政拨款支出表");
    }

    [Fact]
    public void The_expense_lines_of_the_summary_table_stand_for_their_类()
    {
        var expense = Form("hebei-2024").Table("t1")!.Side("expense")!.Rows;

        expense.LineFor("201").ShouldNotBeNull().Labels[0].ShouldBe("一、一般公共服务支出");
        expense.Lines.Count(l => l.Select.FunctionalCode is not null).ShouldBe(30);
        expense.LineFor("218").ShouldBeNull();
        Form("hebei-2024").Header.DepartmentCode.ShouldBeTrue();
    }

    [Fact]
    public void Forms_are_read_base_first_whatever_the_order_of_the_files()
    {
        const string county = """{"kind":"form","id":"county","basedOn":"base","title":"c","region":"130321","years":{"from":2024,"to":2024},"tables":[{"id":"t1","titles":["y"],"unit":"元","rows":{"source":"single"},"columns":[{"id":"total","labels":["合计"]}]}]}""";

        var forms = FormParser.ParseAll([new("county.budget.json", county), new("base.budget.json", Base)]);

        forms.Select(f => f.Id).ShouldBe(["base", "county"]);
        forms[1].Tables.ShouldHaveSingleItem().Titles.ShouldBe(["y"]);
        forms[1].Kinds.ShouldBe(forms[0].Kinds);
    }

    [Theory]
    [InlineData("""{"kind":"form","id":"c","basedOn":"nowhere","title":"c","region":"13","years":{"from":2024,"to":2024}}""", "$.basedOn", "not known")]
    [InlineData("""{"kind":"form","id":"c","basedOn":"base","title":"c","region":"13","years":{"from":2024,"to":2024},"tables":[{"id":"t9","titles":["y"],"unit":"元","rows":{"source":"single"},"columns":[{"id":"total","labels":["合计"]}]}]}""", "$.tables[0].id", "expected one of t1")]
    [InlineData("""{"kind":"form","id":"c","basedOn":"base","title":"c","region":"13","years":{"from":2024,"to":2024},"identities":[{"id":"i","left":"t1.row.total","right":["t2.row.total"],"description":"d"}]}""", "$.identities[0].right[0]", "table \"t2\"")]
    [InlineData("""{"kind":"form","id":"c","basedOn":"base","title":"c","region":"13","years":{"from":2024,"to":2024},"tables":[{"id":"t1","titles":["y"],"unit":"元","rows":{"source":"lines","lines":[{"id":"a","labels":["a"],"select":{"functional":["2010"]}}]},"columns":[{"id":"total","labels":["合计"]}]}]}""", "$.tables[0].rows.lines[0].select.functional[0]", "类 (3 digits)")]
    public void A_broken_form_based_on_another_fails_with_its_own_json_path(string json, string path, string expected)
    {
        var e = Should.Throw<FormSchemaException>(() => FormParser.ParseAll([new("base.budget.json", Base), new("mine.budget.json", json)]));

        e.File.ShouldBe("mine.budget.json");
        e.Path.ShouldBe(path);
        e.Detail.ShouldContain(expected);
    }

    [Fact]
    public void Forms_based_on_each_other_in_a_circle_fail()
    {
        const string a = """{"kind":"form","id":"a","basedOn":"b","title":"a","region":"13","years":{"from":2024,"to":2024}}""";
        const string b = """{"kind":"form","id":"b","basedOn":"a","title":"b","region":"13","years":{"from":2024,"to":2024}}""";

        Should.Throw<FormSchemaException>(() => FormParser.ParseAll([new("a.budget.json", a), new("b.budget.json", b)])).Detail.ShouldContain("circle");
    }

    private static FormTemplate Form(string id) => FormCatalog.Shipped.Forms.Single(f => f.Id == id);
}
