using BudgetSdk.Import;
using BudgetSdk.Import.Files;
using BudgetSdk.Rendering;
using BudgetSdk.Samples;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>
/// Word documents and workbooks that hold no disclosure, and broken packages: each is one line of
/// <see cref="DisclosureImportException"/> saying what is wrong, never the Open XML SDK's exception.
/// </summary>
public class OfficeBadInputTests
{
    [Fact]
    public void A_docx_with_only_paragraphs_is_one_line()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("部门预算公开目录"))),
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("第一部分 部门概况")))));
        }

        stream.Position = 0;
        PublishedFiles.Detect(stream).ShouldBe(DocumentKind.Docx);
        OneLine(stream).ShouldStartWith("the DOCX has no tables: 2 paragraphs");
    }

    [Fact]
    public void A_workbook_of_another_kind_is_one_line()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("温度")) }, new Cell { CellReference = "C1", CellValue = new CellValue("21.5") }) { RowIndex = 1 },
                new Row(new Cell { CellReference = "B2", CellValue = new CellValue("7") }) { RowIndex = 2 }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        }

        stream.Position = 0;
        PublishedFiles.Detect(stream).ShouldBe(DocumentKind.Xlsx);
        OneLine(stream).ShouldBe("the workbook holds no disclosure table (1 sheets: Sheet1; none has a title naming a 预算 table)");
    }

    [Theory]
    [InlineData(PublishFormat.Docx)]
    [InlineData(PublishFormat.Xlsx)]
    public void A_truncated_package_is_one_line(PublishFormat format)
    {
        var whole = OfficeFiles.Published(Lulong2024.Facts().Build().GetOrThrow(), format).ToArray();
        var cut = new MemoryStream(whole[..(whole.Length / 2)]);

        OneLine(cut).ShouldStartWith("the file is a broken ZIP package");
    }

    [Theory]
    [InlineData(PublishFormat.Docx, "word/document.xml", "DOCX")]
    [InlineData(PublishFormat.Xlsx, "xl/worksheets/sheet1.xml", "XLSX")]
    public void A_package_with_a_broken_part_is_one_line(PublishFormat format, string part, string kind)
    {
        var stream = OfficeFiles.Published(Lulong2024.Facts().Build().GetOrThrow(), format);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            using var writer = new StreamWriter(entry.Open());
            writer.BaseStream.SetLength(0);
            writer.Write("<not xml");
        }

        stream.Position = 0;
        OneLine(stream).ShouldStartWith($"the {kind} cannot be opened");
    }

    private static string OneLine(Stream stream)
    {
        var e = Should.Throw<DisclosureImportException>(() => PublishedFiles.Read(stream));
        e.Message.ShouldNotContain('\n');
        return e.Message;
    }
}
