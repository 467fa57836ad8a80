using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>
/// Files a reader must refuse in one line, made in memory: a scanned PDF, an encrypted PDF, a Word document without
/// tables, a workbook of another kind. Shared by the library's tests and the budget tool's (exit code 2).
/// </summary>
internal static class UnreadableFiles
{
    /// <summary>A scan: pages of drawn content and no letters.</summary>
    public static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600, lineWidth: 3, fill: true);
        builder.AddPage(PageSize.A4);
        return builder.Build();
    }

    // A one-page PDF whose trailer names a standard security handler (RC4, 40 bits) whose /U entry no empty password
    // opens: what a file saved with an open password looks like to a reader without it.
    public static byte[] EncryptedPdf()
    {
        var zeros = new string('0', 64);
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{zeros}> /U <{zeros}> /P -4 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{zeros[..32]}> <{zeros[..32]}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A Word document of two paragraphs and no table.</summary>
    public static byte[] DocxWithoutTables()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("部门预算公开目录"))),
                new W.Paragraph(new W.Run(new W.Text("第一部分 部门概况")))));
        }

        return stream.ToArray();
    }

    /// <summary>A workbook of one sheet of temperatures: no disclosure table.</summary>
    public static byte[] WorkbookOfAnotherKind()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new X.Text("温度")) }, new Cell { CellReference = "C1", CellValue = new CellValue("21.5") }) { RowIndex = 1 },
                new Row(new Cell { CellReference = "B2", CellValue = new CellValue("7") }) { RowIndex = 2 }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        }

        return stream.ToArray();
    }
}
