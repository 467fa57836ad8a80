using System.Globalization;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using BudgetSdk.Tests.Disclosures;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Tests.Rendering.Publishing.Docx;

/// <summary>
/// Seed 000's nine tables read back from the Word document: every printed cell in its own cell, in its row and grid
/// column, the header cells merged as the form merges them.
/// </summary>
public class DocxTablesTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();
    private static readonly byte[] Bytes = DocxReading.Bytes(Lulong);
    private static readonly TableId[] Nine = Enum.GetValues<TableId>().Where(t => t <= TableId.T9).ToArray();

    [Fact]
    public void Every_row_of_the_nine_tables_prints_its_序号_labels_and_amounts_each_in_its_own_cell()
    {
        using var document = DocxReading.Open(Bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        foreach (var id in Nine)
        {
            var table = Lulong[id];
            var word = DocxReading.TableAfter(body, table.Title);
            var width = DocxReading.Width(word);
            var rows = word.Elements<TableRow>().Where(r => !DocxReading.IsHeader(r)).Select(r => DocxReading.Columns(r, width)).ToArray();
            rows.Length.ShouldBe(table.Note is null ? table.Rows.Count : 0, id.ToString());
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i].ShouldBe(Expected(id, table.Rows[i], i + 1), $"{id} row {i + 1}");
            }
        }
    }

    [Fact]
    public void The_cells_are_seed_000s_printed_cells_with_the_three_public_totals_filled_in()
    {
        using var document = DocxReading.Open(Bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var titles = Nine.ToDictionary(t => Lulong[t].Title, t => t);
        var printed = PrintedTables.Read("000", titles.Keys);
        var differences = new List<string>();
        foreach (var (title, id) in titles)
        {
            var word = DocxReading.TableAfter(body, title);
            var width = DocxReading.Width(word);
            var ours = word.Elements<TableRow>().Where(r => !DocxReading.IsHeader(r)).Select(r => DocxReading.Columns(r, width).Skip(1).Select(c => c ?? string.Empty).ToArray()).ToList();
            var theirs = printed[title].Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
            var coded = id is not (TableId.T1 or TableId.T4 or TableId.T9);
            for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
            {
                // A code's name is the code list's, so coded tables compare code and amounts.
                var a = i < ours.Count ? string.Join('|', ours[i].Where((_, c) => !coded || c != 1)) : "none";
                var b = i < theirs.Count ? string.Join('|', theirs[i].Cells.Where((_, c) => !coded || c != 1)) : "none";
                if (a != b)
                {
                    differences.Add($"{id} {i + 1}: written {a}, printed {b}");
                }
            }
        }

        differences.ShouldBe(
            [
                "T9 1: written 合计|15.50|15.50||, printed 合计||||",
                "T9 2: written “三公”经费小计|15.50|15.50||, printed “三公”经费小计||||",
                "T9 4: written 二、公务用车购置及运维费|3.50|3.50||, printed 二、公务用车购置及运维费||||",
            ]);
    }

    [Fact]
    public void T1s_header_merges_收入_and_支出_across_two_columns_and_序号_down_and_repeats_on_every_page()
    {
        using var document = DocxReading.Open(Bytes);
        var word = DocxReading.TableAfter(document.MainDocumentPart!.Document!.Body!, Lulong[TableId.T1].Title);
        var header = word.Elements<TableRow>().TakeWhile(DocxReading.IsHeader).Select(DocxReading.Cells).ToArray();

        header.Length.ShouldBe(3);
        header[0].ShouldBe([new ReadCell("序号", 0, 1, "restart"), new ReadCell("收入", 1, 2, null), new ReadCell("支出", 3, 2, null)]);
        header[1][0].ShouldBe(new ReadCell(string.Empty, 0, 1, "continue"));
        header[1].Skip(1).Select(c => c.Text).ShouldBe(["项 目", "预算数", "项 目", "预算数"]);
        header[2].Select(c => c.Text).ShouldBe(["栏次", "1", "2", "3", "4"]);
        word.Elements<TableRow>().Skip(3).ShouldAllBe(r => !DocxReading.IsHeader(r));
    }

    [Fact]
    public void T2s_本年收入_spans_its_sources_and_合计_runs_down_two_rows()
    {
        using var document = DocxReading.Open(Bytes);
        var word = DocxReading.TableAfter(document.MainDocumentPart!.Document!.Body!, Lulong[TableId.T2].Title);
        var header = word.Elements<TableRow>().TakeWhile(DocxReading.IsHeader).Select(DocxReading.Cells).ToArray();

        header[0].ShouldContain(new ReadCell("本年收入", 4, Lulong[TableId.T2].Columns.Count - 2, null));
        header[0].ShouldContain(new ReadCell("合计", 3, 1, "restart"));
        header[1].ShouldContain(new ReadCell(string.Empty, 3, 1, "continue"));
    }

    [Fact]
    public void Tables_have_single_borders_a_grid_of_the_text_width_and_right_aligned_amounts()
    {
        using var document = DocxReading.Open(Bytes);
        var word = DocxReading.TableAfter(document.MainDocumentPart!.Document!.Body!, Lulong[TableId.T1].Title);
        var borders = word.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
        borders.ChildElements.Count.ShouldBe(6);
        borders.ChildElements.ShouldAllBe(b => DocxReading.Attribute(b, "val") == "single" && DocxReading.Attribute(b, "sz") == "4");
        word.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!, CultureInfo.InvariantCulture)).ShouldBe(11906 - (2 * 1134));

        var amount = word.Descendants<TableCell>().First(c => c.InnerText == "777.37");
        amount.GetFirstChild<Paragraph>()!.ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Right);
    }

    [Fact]
    public void Each_table_starts_a_page_under_its_department_year_and_unit()
    {
        using var document = DocxReading.Open(Bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        foreach (var id in Nine)
        {
            var heading = body.Elements<Paragraph>().First(p => p.InnerText == Lulong[id].Title && DocxReading.StyleOf(p) == "Heading2");
            heading.ParagraphProperties!.PageBreakBefore.ShouldNotBeNull(id.ToString());
            var pageHeader = heading.ElementsAfter().OfType<Paragraph>().First();
            pageHeader.InnerText.ShouldBe("434 卢龙县人民政府办公室预算年度：2024单位：万元", id.ToString());
            pageHeader.Descendants<TabChar>().Count().ShouldBe(2);
        }
    }

    // The form's row: 序号, then the labels and amounts in the table's own order, each amount blank for zero.
    private static string?[] Expected(TableId id, BudgetSdk.Tables.TableRow row, int serial)
    {
        var amounts = row.Cells.Select(v => v == 0m ? string.Empty : v.ToString("0.00", CultureInfo.InvariantCulture)).ToArray();
        var number = serial.ToString(CultureInfo.InvariantCulture);
        return id switch
        {
            TableId.T1 or TableId.T4 => [number, row.Label, amounts[0], row.ExpenseLabel ?? string.Empty, .. amounts[1..]],
            TableId.T9 => [number, row.Label, .. amounts],
            _ => [number, row.Code ?? string.Empty, row.Label, .. amounts],
        };
    }
}
