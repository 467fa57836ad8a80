using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Tests.Rendering.Publishing.Docx;

/// <summary>
/// The Word document around the tables: headings as Word headings behind the 目录's TOC field, A4 with margins, 宋体 and
/// 仿宋 by name with zh-CN, the narrative's amounts, a package the SDK's validator accepts, and the same bytes each time.
/// </summary>
public partial class DocxDocumentTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();
    private static readonly byte[] Bytes = DocxReading.Bytes(Lulong);

    [Fact]
    public void The_same_disclosure_gives_the_same_bytes()
    {
        // ZIP times have a two-second grain: wait past it so a clock-stamped entry would show.
        Thread.Sleep(2100);
        DocxReading.Bytes(Lulong).ShouldBe(Bytes);
    }

    [Fact]
    public void The_package_has_fixed_entry_times_and_fixed_core_properties()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Bytes));
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.DateTime == new DateTime(1980, 1, 1));
        zip.Entries.Select(e => e.FullName).ShouldNotContain(n => n.EndsWith(".psmdcp", StringComparison.Ordinal));

        using var document = DocxReading.Open(Bytes);
        document.PackageProperties.Created.ShouldBe(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        document.PackageProperties.Modified.ShouldBe(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        document.PackageProperties.LastModifiedBy.ShouldBeNull();
    }

    [Fact]
    public void The_package_validates()
    {
        using var document = DocxReading.Open(Bytes);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Table_titles_and_sections_are_Heading2_behind_bookmarks_under_a_Heading1_with_outline_levels()
    {
        using var document = DocxReading.Open(Bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var titles = Lulong.Tables.Where(t => t.Id <= TableId.T9).Select(t => t.Title)
            .Concat(Enumerable.Range(1, 11).Select(Lulong.Template.HeadingOf)).ToArray();

        var headings = body.Elements<Paragraph>().Where(p => DocxReading.StyleOf(p) == "Heading2").ToArray();
        headings.Select(p => p.InnerText).ShouldBe(titles);
        headings.Select(p => p.GetFirstChild<BookmarkStart>()!.Name!.Value).ShouldBe(titles.Select((_, i) => $"_Toc_{i + 1:0000000000}"));
        body.Elements<Paragraph>().Where(p => DocxReading.StyleOf(p) == "Heading1").Select(p => p.InnerText).ShouldBe(["第一部分 卢龙县人民政府办公室2024年部门预算信息公开情况说明"]);

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Outline(styles, "Heading1").ShouldBe(0);
        Outline(styles, "Heading2").ShouldBe(1);
    }

    [Fact]
    public void The_目录_is_a_TOC_field_whose_cached_lines_link_each_heading_with_its_page()
    {
        using var document = DocxReading.Open(Bytes);
        var body = document.MainDocumentPart!.Document!.Body!;

        body.Descendants<FieldCode>().Single().Text.ShouldBe(" TOC \\o \"1-2\" \\h ");
        body.Descendants<FieldChar>().Select(f => f.FieldCharType!.Value).ShouldBe([FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End]);
        var lines = body.Descendants<Hyperlink>().ToArray();
        lines.Length.ShouldBe(20);
        lines[0].Anchor!.Value.ShouldBe("_Toc_0000000001");
        lines[0].InnerText.ShouldBe(Lulong[TableId.T1].Title + "1");
        lines[^1].InnerText.ShouldStartWith(Lulong.Template.HeadingOf(11));
        body.Elements<Paragraph>().First().InnerText.ShouldBe("2024 年部门预算信息公开目录");
    }

    [Fact]
    public void The_page_is_A4_with_margins()
    {
        using var document = DocxReading.Open(Bytes);
        var section = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;

        var size = section.GetFirstChild<PageSize>()!;
        (size.Width!.Value, size.Height!.Value).ShouldBe((11906u, 16838u));
        var margin = section.GetFirstChild<PageMargin>()!;
        (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value).ShouldBe((1440, 1440, 1134u, 1134u));
    }

    [Fact]
    public void Prose_is_仿宋_and_tables_宋体_by_name_with_East_Asian_settings()
    {
        using var document = DocxReading.Open(Bytes);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        defaults.RunFonts!.EastAsia!.Value.ShouldBe("仿宋");
        defaults.RunFonts.Ascii!.Value.ShouldBe("Times New Roman");
        defaults.Languages!.EastAsia!.Value.ShouldBe("zh-CN");
        var table = styles.Elements<Style>().Single(s => s.StyleId == "TableText").StyleRunProperties!.RunFonts!;
        table.EastAsia!.Value.ShouldBe("宋体");

        var cells = document.MainDocumentPart.Document!.Body!.Descendants<TableCell>().SelectMany(c => c.Elements<Paragraph>());
        cells.ShouldAllBe(p => DocxReading.StyleOf(p) == "TableText");
    }

    [Fact]
    public void Sections_二_to_四_quote_every_figure_and_every_amount_seed_000_quotes()
    {
        using var document = DocxReading.Open(Bytes);
        var prose = string.Join("\n", DocxReading.ProseText(document.MainDocumentPart!.Document!.Body!)
            .SkipWhile(t => t != Lulong.Template.HeadingOf(2)).TakeWhile(t => t != Lulong.Template.HeadingOf(5)));
        var f = Lulong.Figures;
        decimal[] figures = [f.Income, .. f.IncomeByLine.Select(l => l.Value), f.CarriedOver, f.Expense, f.Basic, f.Personnel, f.PublicUse, f.Project,
            Math.Abs(f.ExpenseChange!.Value), Math.Abs(f.BasicChange!.Value), Math.Abs(f.ProjectChange!.Value), f.OperatingFunds, f.ThreePublic,
            f.OverseasTravel, f.Vehicles, f.VehiclePurchase, f.VehicleOperation, f.Reception, Math.Abs(f.ThreePublicChange!.Value)];
        foreach (var figure in figures)
        {
            prose.ShouldContain(figure.ToString("0.00", CultureInfo.InvariantCulture) + "万元");
        }

        var seed = Seeds.ReadLines("000");
        var quoted = seed.SkipWhile(l => l != "二、部门预算安排的总体情况").TakeWhile(l => l != "五、部门整体绩效目标").SelectMany(l => Amounts(l)).ToArray();
        quoted.Length.ShouldBeGreaterThan(25);
        quoted.Except(Amounts(prose)).ShouldBeEmpty();
    }

    private static int? Outline(Styles styles, string id)
        => styles.Elements<Style>().Single(s => s.StyleId == id).StyleParagraphProperties!.OutlineLevel!.Val!.Value;

    private static IEnumerable<decimal> Amounts(string text)
        => Quoted().Matches(text).Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]+)?)\s*万元")]
    private static partial Regex Quoted();
}
