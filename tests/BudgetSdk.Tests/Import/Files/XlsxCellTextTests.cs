using BudgetSdk.Import.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>
/// Cells as other writers store them: a number with the built-in <c>0.00</c> format stored as 15.5, a 序号 in the
/// general format, a cell left out of its row, a value merged over two columns, a title row and a page header row.
/// </summary>
public class XlsxCellTextTests
{
    [Fact]
    public void Cells_print_as_the_tab_format_prints_them()
    {
        var text = XlsxText.Extract(Workbook(
            new Row(Text("A1", "财政拨款“三公”经费支出表")) { RowIndex = 1 },
            new Row(Text("A2", "434 卢龙县人民政府办公室"), Text("C2", "预算年度：2024"), Text("E2", "单位：万元")) { RowIndex = 2 },
            new Row(Text("A4", "序号"), Text("B4", "项目"), Text("C4", "合计")) { RowIndex = 4 },
            new Row(Number("A5", "1", 0), Text("B5", "合计"), Number("D5", "15.5", 1), Number("E5", "1E-2", 1)) { RowIndex = 5 }));

        text.Split('\n').Where(l => l.Length > 0).ShouldBe(
        [
            "财政拨款“三公”经费支出表",
            "434 卢龙县人民政府办公室",
            "预算年度：2024",
            "单位：万元",
            "序号\t项目\t合计\t\t",
            "1\t合计\t\t15.50\t0.01",
        ]);
    }

    [Fact]
    public void A_cell_beyond_the_last_column_or_a_row_far_below_costs_one_line()
    {
        var text = XlsxText.Extract(Workbook(
            new Row(Text("A1", "部门预算收支总表")) { RowIndex = 1 },
            new Row(Text("A1048576", "尾")) { RowIndex = 1048576 },
            new Row(Text("XFE3", "no column")) { RowIndex = 1048576 }));

        text.Length.ShouldBeLessThan(100);
    }

    private static Cell Text(string reference, string text)
        => new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    private static Cell Number(string reference, string value, uint style) => new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    // Style 0 is the general format, style 1 the built-in 0.00.
    private static MemoryStream Workbook(params Row[] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(rows));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "表" }));
        }

        stream.Position = 0;
        return stream;
    }
}
