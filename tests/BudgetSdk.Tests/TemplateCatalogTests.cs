using BudgetSdk.Codes;
using BudgetSdk.Templates;

namespace BudgetSdk.Tests;

/// <summary>
/// The Hebei 2023 and 2024 template parts of the shipped schema: which set a region and year get, and the printed
/// labels and text against the seed documents.
/// </summary>
public class TemplateCatalogTests
{
    /// <summary>Every template part id the runtime looks up.</summary>
    public static readonly string[] Ids =
        ["t1-income", "t1-expense", "t2-columns", "t4-income", "t9-rows", "tables", "sections", "glossary", "procurement-funds", "project-header", "sentences"];

    public static TheoryData<string> AllIds => new(Ids);

    public static TheoryData<string> IdsWith2023Data => new(Ids.Where(id => id != "glossary"));

    [Theory]
    [MemberData(nameof(AllIds))]
    public void A_Hebei_county_in_2024_gets_the_Hebei_2024_set(string id)
    {
        var set = TemplateLineSet.Select(LineSets.All, id, 2024, "130324").ShouldNotBeNull();

        (set.Edition, set.Region).ShouldBe((2024, "13"));
    }

    [Theory]
    [MemberData(nameof(IdsWith2023Data))]
    public void A_Hebei_county_in_2023_gets_the_Hebei_2023_set(string id)
    {
        var set = TemplateLineSet.Select(LineSets.All, id, 2023, "130324").ShouldNotBeNull();

        (set.Edition, set.Region).ShouldBe((2023, "13"));
    }

    [Fact]
    public void There_is_no_2023_glossary_so_none_is_selected_for_2023()
    {
        TemplateLineSet.Select(LineSets.All, "glossary", 2023, "130324").ShouldBeNull();
        LineSets.All.Where(s => s.Id == "glossary").Select(s => s.Edition).ShouldBe([2024]);
    }

    [Fact]
    public void Qinglong_gets_its_own_T9_rows_and_the_Hebei_sets_for_the_other_parts()
    {
        TemplateLineSet.Select(LineSets.All, "t9-rows", 2024, "130321").ShouldBeSameAs(LineSets.T9Rows_2024_130321);
        TemplateLineSet.Select(LineSets.All, "t1-income", 2024, "130321").ShouldBeSameAs(LineSets.T1Income_2024_13);
        TemplateLineSet.Select(LineSets.All, "t9-rows", 2024, "130324").ShouldBeSameAs(LineSets.T9Rows_2024_13);
    }

    [Fact]
    public void Wangdu_gets_its_own_T9_rows()
    {
        TemplateLineSet.Select(LineSets.All, "t9-rows", 2024, "130631").ShouldBeSameAs(LineSets.T9Rows_2024_130631);
    }

    [Fact]
    public void A_county_variant_of_2024_does_not_apply_to_2023()
    {
        TemplateLineSet.Select(LineSets.All, "t9-rows", 2023, "130321").ShouldBeSameAs(LineSets.T9Rows_2023_13);
    }

    [Fact]
    public void The_2024_T1_income_lines_are_those_printed_in_seed_000()
    {
        var printed = Seeds.T1IncomeLabels();

        printed.Count.ShouldBe(5);
        LineSets.T1Income_2024_13.Lines.Select(l => l.Label).ShouldBe(printed);
    }

    [Fact]
    public void The_2023_T1_income_lines_print_the_five_non_fiscal_sources_one_by_one()
    {
        LineSets.T1Income_2023_13.Lines.Select(l => l.Label).ShouldBe(
        [
            "一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入", "四、财政专户管理资金收入",
            "五、事业收入", "六、事业单位经营收入", "七、上级补助收入", "八、附属单位上缴收入", "九、其他收入",
        ]);
    }

    [Theory]
    [InlineData("000", "13", 7)]
    [InlineData("001", "130631", 9)]
    [InlineData("002", "130321", 8)]
    public void The_2024_T9_rows_are_those_printed_in_the_seed_of_that_region(string seed, string region, int count)
    {
        var printed = Seeds.T9Labels(seed);
        var set = LineSets.All.Single(s => s.Id == "t9-rows" && s.Edition == 2024 && s.Region == region);

        printed.Count.ShouldBe(count);
        set.Lines.Select(l => l.Label).ShouldBe(printed);
    }

    [Fact]
    public void The_2023_T9_rows_add_meeting_and_training_after_reception()
    {
        LineSets.T9Rows_2023_13.Lines.Select(l => l.Label)
            .ShouldBe([.. LineSets.T9Rows_2024_13.Lines.Select(l => l.Label), "四、会议费", "五、培训费"]);
    }

    [Fact]
    public void The_2024_table_titles_and_section_headings_are_the_contents_of_seed_000()
    {
        var contents = Seeds.Contents("000");

        contents.Count.ShouldBe(20);
        LineSets.Tables_2024_13.Lines.Select(l => l.Label).ShouldBe(contents.Take(9));
        LineSets.Sections_2024_13.Lines.Select(l => l.Label).ShouldBe(contents.Skip(9));
        Seeds.Contents("002").ShouldBe(contents);
    }

    [Fact]
    public void The_2023_table_titles_differ_from_2024_only_in_T7()
    {
        var differences = LineSets.Tables_2023_13.Lines.Zip(LineSets.Tables_2024_13.Lines)
            .Where(pair => pair.First.Label != pair.Second.Label)
            .Select(pair => (pair.First.Keys.Single(), pair.First.Label))
            .ToList();

        LineSets.Tables_2023_13.Lines.Count.ShouldBe(9);
        differences.ShouldBe([("T7", "部门预算政府基金预算财政拨款支出表")]);
    }

    [Fact]
    public void The_2023_section_headings_say_they_are_assumed()
    {
        LineSets.Sections_2023_13.Lines.Select(l => l.Label).ShouldBe(LineSets.Sections_2024_13.Lines.Select(l => l.Label));
        LineSets.Sections_2023_13.Notes.ShouldNotBeNull().ShouldContain("not verified");
    }

    [Fact]
    public void The_2024_glossary_is_the_text_printed_in_seed_000()
    {
        var printed = Seeds.Glossary("000");

        printed.Count.ShouldBe(10);
        LineSets.Glossary_2024_13.Lines.Select(l => (l.Label, l.Text)).ShouldBe(printed.Select(e => (e.Term, (string?)e.Definition)));
    }

    [Fact]
    public void Seed_002_prints_the_same_glossary_as_seed_000_without_the_markdown()
    {
        Seeds.Glossary("002").ShouldBe(Seeds.Glossary("000"));
        LineSets.Glossary_2024_13.Lines.ShouldAllBe(l => !l.Label.Contains('*') && !l.Text!.Contains('*'));
    }

    [Fact]
    public void The_procurement_fund_columns_split_the_carry_over_in_2023_only()
    {
        LineSets.ProcurementFunds_2024_13.Lines.Select(l => l.Label)
            .ShouldBe(["一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款", "财政专户核拨", "单位资金", "上年结转结余"]);
        LineSets.ProcurementFunds_2023_13.Lines.Select(l => l.Label)
            .ShouldBe(["一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款", "财政专户核拨", "单位资金", "财政拨款结转", "非财政拨款结转结余"]);
    }

    [Fact]
    public void Every_template_set_says_where_it_comes_from()
    {
        var templates = LineSets.All.Where(s => Ids.Contains(s.Id)).ToList();

        templates.Count.ShouldBe(23);
        templates.Where(s => string.IsNullOrWhiteSpace(s.Notes)).Select(s => s.ToString()).ShouldBeEmpty();
    }
}
