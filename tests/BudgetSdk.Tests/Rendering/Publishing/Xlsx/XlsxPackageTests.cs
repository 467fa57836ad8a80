using System.IO.Compression;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Publishing.Xlsx;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace BudgetSdk.Tests.Rendering.Publishing.Xlsx;

/// <summary>The workbook as a package: a valid sheet per table, merged header cells, frozen header rows, print areas on
/// A4, and the same bytes on every write.</summary>
public class XlsxPackageTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();

    private static readonly TableId[] Nine = Enum.GetValues<TableId>().Where(t => t <= TableId.T9).ToArray();

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    public void The_package_validates_without_errors(string seed)
    {
        using var book = new WrittenWorkbook(seed == "000" ? Lulong : Qinglong2024.InYuan().Build().GetOrThrow());

        var errors = new OpenXmlValidator().Validate(book.Document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Two_writes_give_the_same_bytes_with_every_entry_dated_1980()
    {
        var first = WrittenWorkbook.Write(Lulong);
        var second = WrittenWorkbook.Write(Lulong2024.Facts().Build().GetOrThrow());

        second.ShouldBe(first);
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct().ShouldBe([new DateTime(1980, 1, 1)]);
        zip.Entries.Select(e => e.FullName).ShouldContain("docProps/core.xml");
    }

    [Fact]
    public void A_sheet_per_table_with_a_short_valid_name_in_the_documents_order()
    {
        using var book = new WrittenWorkbook(Lulong);
        var names = book.Sheets.Select(s => s.Name!.Value!).ToArray();

        names.Take(9).ShouldBe(Nine.Select(id => $"{id} {Lulong[id].Title}"[..Math.Min(31, $"{id} {Lulong[id].Title}".Length)]));
        names.ShouldContain("政府采购预算");
        names.ShouldContain("固定资产占用情况表");
        names.Length.ShouldBe(9 + 3 + Lulong.Facts.Projects.Count);
        names.ShouldAllBe(n => n.Length <= 31 && n.IndexOfAny("[]:*?/\\".ToCharArray()) < 0);
        names.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(names.Length);
    }

    [Fact]
    public void Sheet_names_are_cut_to_31_characters_cleaned_and_kept_unique()
    {
        var names = new WorksheetNames();

        names.Take("T9 财政拨款“三公”经费支出表").ShouldBe("T9 财政拨款“三公”经费支出表");
        names.Take(new string('预', 40)).ShouldBe(new string('预', 31));
        names.Take(new string('预', 40)).ShouldBe(new string('预', 28) + "(2)");
        names.Take("'收入/支出: [合计]*?'").ShouldBe("收入_支出_ _合计___");
        names.Take("a").ShouldBe("a");
        names.Take("A").ShouldBe("A(2)");
        names.Take(new string('预', 30) + "😀").ShouldBe(new string('预', 30));
    }

    [Fact]
    public void Each_table_opens_with_its_title_merged_across_and_the_page_header_line()
    {
        using var book = new WrittenWorkbook(Lulong);
        foreach (var id in Nine)
        {
            var sheet = book.SheetStartingWith($"{id} ");
            var cells = WrittenWorkbook.Cells(sheet);
            var width = sheet.Descendants<Column>().Count();

            book.Text(cells["A1"]).ShouldBe(Lulong[id].Title);
            Merges(sheet).ShouldContain($"A1:{(char)('A' + width - 1)}1");
            sheet.Descendants<Row>().Single(r => r.RowIndex! == 2).Elements<Cell>().Select(book.Text).ShouldBe(["434 卢龙县人民政府办公室", "预算年度：2024", "单位：万元"]);
        }
    }

    [Fact]
    public void Header_cells_are_merged_as_the_form_merges_them()
    {
        using var book = new WrittenWorkbook(Lulong);
        foreach (var id in Nine)
        {
            var sheet = book.SheetStartingWith($"{id} ");
            var cells = WrittenWorkbook.Cells(sheet);
            var spans = HeaderSpans.Of(TableGrids.Of(Lulong[id], Lulong.Header).ColumnHeader);
            var top = book.NumberingRow(sheet) - spans.Max(s => s.Row);

            var expected = spans.Where(s => s.RowSpan > 1 || s.ColumnSpan > 1)
                .Select(s => $"{WrittenWorkbook.Ref(s.Column, top + s.Row)}:{WrittenWorkbook.Ref(s.Column + s.ColumnSpan - 1, top + s.Row + s.RowSpan - 1)}");
            Merges(sheet).Where(m => !m.StartsWith("A1:", StringComparison.Ordinal) && !IsNote(sheet, m)).Order().ShouldBe(expected.Order(), id.ToString());
            spans.ShouldAllBe(s => book.Text(cells[WrittenWorkbook.Ref(s.Column, top + s.Row)]) == s.Text, id.ToString());
        }

        // T1 as the form prints it: 序号 over two rows, 收入 and 支出 over two columns each.
        Merges(book.SheetStartingWith("T1 ")).ShouldBe(["A1:E1", "A3:A4", "B3:C3", "D3:E3"], ignoreOrder: true);
    }

    [Fact]
    public void The_rows_above_the_data_are_frozen_and_repeat_on_every_printed_page()
    {
        using var book = new WrittenWorkbook(Lulong);
        var defined = book.Workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToArray();
        foreach (var (sheetEntry, index) in book.Sheets.Select((s, i) => (s, i)).Where(s => s.s.Name!.Value![0] == 'T'))
        {
            var sheet = book.Sheet(sheetEntry.Name!);
            var header = book.NumberingRow(sheet);
            var pane = sheet.Descendants<Pane>().Single();

            pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.ShouldBe(header);
            pane.TopLeftCell!.Value.ShouldBe($"A{header + 1}");
            var quoted = $"'{sheetEntry.Name}'";
            var lastRow = sheet.Descendants<Row>().Max(r => r.RowIndex!.Value);
            var lastColumn = (char)('A' + sheet.Descendants<Column>().Count() - 1);
            defined.Single(d => d.Name == "_xlnm.Print_Area" && d.LocalSheetId! == (uint)index).Text.ShouldBe($"{quoted}!$A$1:${lastColumn}${lastRow}");
            defined.Single(d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId! == (uint)index).Text.ShouldBe($"{quoted}!$1:${header}");
        }
    }

    [Fact]
    public void Every_sheet_prints_on_A4_fitted_to_the_page_width_with_names_wider_than_amounts()
    {
        using var book = new WrittenWorkbook(Lulong);
        foreach (var entry in book.Sheets)
        {
            var sheet = book.Sheet(entry.Name!);
            var setup = sheet.Descendants<PageSetup>().Single();

            setup.PaperSize!.Value.ShouldBe(9u, entry.Name);
            setup.FitToWidth!.Value.ShouldBe(1u);
            setup.FitToHeight!.Value.ShouldBe(0u);
            sheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value.ShouldBeTrue();
        }

        // T5: 序号, 科目编码, 科目名称, 合计, 基本支出, 项目支出.
        var widths = book.SheetStartingWith("T5 ").Descendants<Column>().Select(c => c.Width!.Value).ToArray();
        widths[2].ShouldBeGreaterThan(widths[3]);
        widths[2].ShouldBeGreaterThan(widths[1]);
        widths[1].ShouldBeGreaterThan(widths[0]);
    }

    private static List<string> Merges(Worksheet sheet) => sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    // The note under an empty table runs across the table's width on the row after the header.
    private static bool IsNote(Worksheet sheet, string merge) => merge.StartsWith('A') && merge.Split(':')[0][1..] == merge.Split(':')[1][1..] && sheet.Descendants<Row>().Max(r => r.RowIndex!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture) == merge.Split(':')[0][1..];
}
