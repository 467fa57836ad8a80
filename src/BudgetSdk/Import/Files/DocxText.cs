using BudgetSdk.Import.Files.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Import.Files;

/// <summary>
/// The text of a Word document in the importer's DOCX cell-per-line format (seed 002, written by
/// <c>Rendering.Formats.DocxWriter</c>): the body in order, paragraphs as lines, each table row as its cells behind a
/// tab and a blank line. A document without a table holds none of the disclosure's tables: one line.
/// </summary>
internal static class DocxText
{
    public static string Extract(Stream stream)
    {
        using var document = OfficePackages.Open(() => WordprocessingDocument.Open(stream, false), "DOCX");
        var body = OfficePackages.Read(() => document.MainDocumentPart?.Document?.Body, "DOCX")
            ?? throw new DisclosureImportException("the DOCX has no document body");
        var text = OfficePackages.Read(() => DocxBodyText.Of(body), "DOCX");
        if (text.Tables == 0)
        {
            throw new DisclosureImportException($"the DOCX has no tables: {text.Paragraphs} paragraphs of text and not one table, so none of a disclosure's tables");
        }

        return text.Text;
    }
}
