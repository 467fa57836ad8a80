using System.Globalization;
using System.Xml.Linq;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Publishing.Html;
using BudgetSdk.Samples;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Rendering.Publishing.Html;

/// <summary>The published HTML as a document: self-contained, printable on A4, the narrative's figures, the 目录's links.</summary>
public class HtmlDocumentTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();
    private static readonly PublishedHtml Html = PublishedHtml.Of(Lulong);

    [Fact]
    public void Is_one_self_contained_zh_CN_file_with_A4_print_css()
    {
        Html.Text.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");
        Html.Text.ShouldContain("<meta charset=\"utf-8\"/>");
        Html.Text.ShouldNotContain("<script", Case.Insensitive);
        Html.Text.ShouldNotContain("url(", Case.Insensitive);
        Html.Document.Descendants().Where(e => e.Attribute("src") is not null).ShouldBeEmpty();
        Html.Document.Descendants("a").Select(a => (string)a.Attribute("href")!).ShouldAllBe(h => h.StartsWith('#'));

        var css = Html.Document.Descendants("style").Single().Value;
        css.ShouldContain("@page { size: A4;");
        css.ShouldContain("thead { display: table-header-group; }");
        css.ShouldContain("tr { break-inside: avoid; }");
        css.ShouldContain("\"SimSun\", \"宋体\", \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif");
        css.ShouldContain("\"FangSong\", \"仿宋\"");
    }

    [Fact]
    public void Every_table_starts_a_new_page_and_the_wide_ones_print_landscape()
    {
        var sheets = Html.Document.Descendants("section").Where(s => ((string?)s.Attribute("class"))?.StartsWith("sheet", StringComparison.Ordinal) == true).ToArray();
        var titles = sheets.Select(s => s.Element("h2")!.Value).ToArray();

        titles.ShouldBe(Lulong.Tables.Where(t => t.Id <= TableId.T9).Select(t => t.Title).Concat(titles.Skip(9)).ToArray());
        titles.Skip(9).ShouldContain("部门机构设置情况");
        titles.ShouldContain(Lulong[TableId.Procurement].Title);
        titles.ShouldContain(Lulong[TableId.Assets].Title);
        titles.Count(t => t.EndsWith("绩效目标表", StringComparison.Ordinal)).ShouldBe(Lulong.Facts.Projects.Count);
        ((string?)sheets[1].Attribute("class")).ShouldBe("sheet wide");
        ((string?)sheets[0].Attribute("class")).ShouldBe("sheet");
        Html.Document.Descendants("section").Count(s => (string?)s.Attribute("class") == "part").ShouldBe(1);
    }

    [Fact]
    public void The_contents_link_to_every_table_and_section_heading()
    {
        var nav = Html.Document.Descendants("nav").Single();
        var links = nav.Descendants("a").ToArray();
        var ids = Html.Document.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToArray();

        links.Length.ShouldBe(9 + 11);
        ids.ShouldBeUnique();
        foreach (var link in links)
        {
            var target = Html.Document.Descendants().Single(e => (string?)e.Attribute("id") == ((string)link.Attribute("href")!)[1..]);
            target.Value.ShouldBe(link.Value);
        }

        links.Select(a => a.Value).ShouldContain(Lulong.Template.HeadingOf(10));
    }

    [Fact]
    public void Every_amount_sections_二_to_四_quote_is_in_the_prose()
    {
        var f = Lulong.Figures;
        decimal[] quoted =
        [
            f.Income, f.CarriedOver, f.Expense, f.Basic, f.Personnel, f.PublicUse, f.Project, f.OperatingFunds,
            f.ThreePublic, f.OverseasTravel, f.Vehicles, f.VehiclePurchase, f.VehicleOperation, f.Reception,
            .. f.IncomeByLine.Select(l => l.Value),
        ];
        var prose = Html.Prose();

        foreach (var amount in quoted)
        {
            prose.ShouldContain(amount.ToString("0.00", CultureInfo.InvariantCulture) + "万元");
        }

        prose.ShouldContain("预算收入777.63万元");
        prose.ShouldContain("财政拨款“三公”经费预算安排15.50万元");
        prose.ShouldContain("机关运行经费共计安排34.20万元");
    }

    [Fact]
    public void The_explanatory_part_prints_its_sections_units_projects_and_glossary()
    {
        var headings = Html.Document.Descendants("h2").Select(h => h.Value).ToArray();
        for (var section = 1; section <= 11; section++)
        {
            headings.ShouldContain(Lulong.Template.HeadingOf(section));
        }

        var units = Html.Table("部门机构设置情况").Body;
        units.Select(r => r[0].Text).ShouldBe(Lulong.Facts.Units.Select(u => u.Name));
        var prose = Html.Prose();
        foreach (var line in Lulong.Template.Glossary!.Lines)
        {
            prose.ShouldContain($"{line.Label}：{line.Text}");
        }

        prose.ShouldNotContain("**");
    }

    [Fact]
    public void A_project_table_merges_its_labels_as_the_form_does()
    {
        var project = Lulong.Facts.Projects[0];
        var table = Html.Table($"1、{project.Name}绩效目标表");

        table.Body[0].ShouldBe([new HtmlCell("项目编码", 1, 1), new HtmlCell(project.Code!, 1, 1), new HtmlCell("项目名称", 1, 1), new HtmlCell(project.Name, 1, 4)]);
        table.Body[1][0].ShouldBe(new HtmlCell("预算规模及资金用途", 2, 1));
        table.Body[2].Count.ShouldBe(1);
        table.Body[2][0].ColumnSpan.ShouldBe(6);
        table.Body[3][0].ShouldBe(new HtmlCell("资金支出计划（%）", 2, 1));
        table.Body.Skip(6).First()[0].Text.ShouldBe("一级指标");
        var firstTiers = table.Body.Skip(7).Where(r => r.Count == 7 || r.Count == 6).Select(r => r[0]).ToArray();
        firstTiers.Sum(c => c.RowSpan).ShouldBe(project.Indicators.Count);
    }

    [Fact]
    public void The_same_disclosure_gives_the_same_bytes()
    {
        var again = Lulong2024.Facts().Build().GetOrThrow();

        PublishedHtml.Bytes(again).ShouldBe(PublishedHtml.Bytes(Lulong));
    }

    [Fact]
    public void Special_characters_are_escaped_in_text_cells_and_titles()
    {
        Block[] blocks =
        [
            new Heading("目录 <一> & “二”"),
            new Heading("表 <A>", Bookmarked: true),
            new Grid(["部门 'x'"], [new GridRow("a<b", "c&d")], [new GridRow("\"q\"", "1 < 2 & 3 > 2")], Paged: true, Note: "注：<无>"),
            new Paragraph("x</p><script>alert(1)</script>"),
        ];
        var text = HtmlDocumentWriter.Write(blocks, "t&t");
        var html = PublishedHtml.Parse(text);

        text.ShouldNotContain("<script>");
        text.ShouldContain("&lt;script&gt;");
        html.Document.Descendants("title").Single().Value.ShouldBe("t&t");
        html.Document.Descendants("h1").Single().Value.ShouldBe("目录 <一> & “二”");
        var table = html.Table("表 <A>");
        table.PageHeader.ShouldBe(["部门 'x'"]);
        table.Header[0].Select(c => c.Text).ShouldBe(["a<b", "c&d"]);
        table.Body[0].Select(c => c.Text).ShouldBe(["\"q\"", "1 < 2 & 3 > 2"]);
        html.Prose().ShouldContain("x</p><script>alert(1)</script>");
        HtmlText.Escape("<&>\"'").ShouldBe("&lt;&amp;&gt;&quot;&#39;");
    }

    [Fact]
    public void Parses_as_xml_with_one_body()
        => Html.Document.Root!.Elements().Select(e => e.Name.LocalName).ShouldBe(["head", "body"]);
}
