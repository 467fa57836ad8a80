using System.Text;
using BudgetSdk.Import.Files.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace BudgetSdk.Import.Files;

/// <summary>
/// The text of a PDF in the importer's tab-separated format: the letters of each page with their positions become
/// lines by baseline, a line's cells are split at wide gaps and placed in the columns of its table block, so a blank
/// cell stays an empty field; pages are separated by a form feed.
/// </summary>
internal static class PdfText
{
    public const string Scanned = "the PDF has no text to read (a scanned image); run OCR first";

    public static string Extract(Stream stream) => Pages(stream, TabLines);

    /// <summary>
    /// The text of a PDF's pages, each written by <paramref name="write"/> (which tells whether the page printed any
    /// text), pages separated by a form feed; one <see cref="DisclosureImportException"/> with a one-line reason for a
    /// scanned, encrypted or broken file.
    /// </summary>
    internal static string Pages(Stream stream, Func<Page, StringBuilder, bool> write)
    {
        try
        {
            using var document = PdfDocument.Open(stream, new ParsingOptions { UseLenientParsing = true });
            var text = new StringBuilder();
            var anyText = false;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                if (number > 1)
                {
                    text.Append('\f');
                }

                anyText |= write(document.GetPage(number), text);
            }

            return anyText ? text.ToString() : throw new DisclosureImportException(Scanned);
        }
        catch (DisclosureImportException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DisclosureImportException($"the PDF is encrypted; save it without a password first ({OneLine(e)})", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws many kinds on a damaged file (format, index, null reference, invalid cast): all are the same news.
            throw new DisclosureImportException($"the PDF cannot be read ({OneLine(e)})", e);
        }
    }

    private static bool TabLines(Page page, StringBuilder text)
    {
        var rules = TableRules.Vertical(page);
        var lines = PageLines.Of(page.Letters, rules);
        if (lines.Count > 0 && lines[0].Cells[^1].Text.EndsWith("目录", StringComparison.Ordinal))
        {
            // A table of contents repeats the titles without the tables; printed without page numbers, its
            // entries would read as the tables' titles. Its title names the department and region, so it stays.
            lines = lines.GetRange(0, 1);
        }

        foreach (var line in ColumnLayout.Place(lines, rules, TableRules.Horizontal(page)))
        {
            text.Append(line).Append('\n');
        }

        return lines.Count > 0;
    }

    private static string OneLine(Exception e)
    {
        var message = e.Message.Split('\n', 2)[0].Trim();
        return message.Length > 200 ? message[..200] + "…" : message;
    }
}
