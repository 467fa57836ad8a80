using BudgetSdk.Samples;
using BudgetSdk.Tables;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using BudgetSdk.Tests.Disclosures;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Tests.Rendering.Publishing.Docx;

/// <summary>The rest of what the document prints: the empty-table note, the schedules and project tables as Word tables.</summary>
public class DocxExplanationTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();

    [Fact]
    public void An_empty_table_prints_its_header_and_the_空表列示_note_under_it()
    {
        using var document = DocxReading.Open(DocxReading.Bytes(Lulong));
        var table = Lulong[TableId.T8];
        table.Note.ShouldNotBeNull();

        var word = DocxReading.TableAfter(document.MainDocumentPart!.Document!.Body!, table.Title);
        word.Elements<TableRow>().ShouldAllBe(r => DocxReading.IsHeader(r));
        word.ElementsAfter().OfType<Paragraph>().First().InnerText.ShouldBe(table.Note);
    }

    [Fact]
    public void The_unit_list_each_project_table_and_the_schedules_are_Word_tables_too()
    {
        using var document = DocxReading.Open(DocxReading.Bytes(Lulong));
        var body = document.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<Table>().ToArray();

        var projects = Lulong.Facts.Projects;
        tables.Length.ShouldBe(9 + 1 + projects.Count + 1 + (Lulong.Facts.Assets is null ? 0 : 1));
        foreach (var project in projects)
        {
            body.Elements<Paragraph>().ShouldContain(p => p.InnerText == $"{projects.ToList().IndexOf(project) + 1}、{project.Name}绩效目标表" && DocxReading.StyleOf(p) == "TableTitle");
            tables.ShouldContain(t => t.Descendants<TableCell>().Any(c => c.InnerText == project.Code));
        }

        // A row narrower than its grid (项目编码 … 项目名称 over six indicator columns) spans the columns it leaves.
        var first = tables[10];
        var width = DocxReading.Width(first);
        first.Elements<TableRow>().ShouldAllBe(r => DocxReading.Cells(r).Sum(c => c.Span) == width);
    }

    [Fact]
    public void A_project_table_merges_its_labels_down_over_the_rows_they_head_as_the_form_does()
    {
        using var document = DocxReading.Open(DocxReading.Bytes(Lulong));
        var project = Lulong.Facts.Projects[0];
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ElementAt(10).Elements<TableRow>().Select(r => DocxReading.Cells(r)[0]).ToArray();

        rows.Select(c => c.Merge).Take(6).ShouldBe([null, "restart", "continue", "restart", "continue", null]);
        rows[1].Text.ShouldBe("预算规模及资金用途");
        rows[3].Text.ShouldBe("资金支出计划（%）");

        // Under the 一级指标 label row, each 一级 tier is one cell down its group.
        var tiers = rows.Skip(7).ToArray();
        tiers.Length.ShouldBe(project.Indicators.Count);
        tiers.Count(c => c.Merge != "continue").ShouldBe(project.Indicators.Select(i => i.FirstTier).Distinct().Count());
        tiers.Where(c => c.Merge == "continue").ShouldAllBe(c => c.Text.Length == 0);
    }

    [Fact]
    public void Another_department_validates_with_every_row_of_its_tables()
    {
        var qinglong = Qinglong2024.InYuan().Build().GetOrThrow();
        using var document = DocxReading.Open(DocxReading.Bytes(qinglong));

        new OpenXmlValidator().Validate(document).ShouldBeEmpty();
        var body = document.MainDocumentPart!.Document!.Body!;
        foreach (var table in qinglong.Tables.Where(t => t.Id <= TableId.T9))
        {
            var rows = DocxReading.TableAfter(body, table.Title).Elements<TableRow>().Count(r => !DocxReading.IsHeader(r));
            rows.ShouldBe(table.Note is null ? table.Rows.Count : 0, table.Id.ToString());
        }
    }
}
