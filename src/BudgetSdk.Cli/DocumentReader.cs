using BudgetSdk.Forms.Reading;
using BudgetSdk.Import;
using BudgetSdk.Import.Files;

namespace BudgetSdk.Cli;

/// <summary>
/// Reads a published disclosure from a file of any kind <see cref="PublishedFiles"/> reads (PDF, DOCX, XLSX or text,
/// told from the bytes), within <see cref="InputFile"/>'s checks: in Hebei's form, or, when the text holds none of its
/// titles, in the form of its region as the schema's form files describe it (<see cref="FormReader"/>, which reads a
/// PDF's <see cref="PublishedFiles.LayoutText"/>). Every way it can
/// fail becomes an <see cref="InputException"/> with a one-line reason — for a region without a form, the line that
/// says so (<c>no template for 四川省 2025 (the schema has: …); see docs/templates.md</c>).
/// </summary>
internal static class DocumentReader
{
    public static ReadDocument Read(string path)
    {
        try
        {
            using var stream = InputFile.Read(path);
            var text = PublishedFiles.Text(stream);
            try
            {
                return new HebeiDocument(DisclosureImporter.Read(text));
            }
            catch (DisclosureImportException e) when (e.NoTitles)
            {
                try
                {
                    return new FormRead(FormReader.Read(LayoutText(stream, text)));
                }
                catch (FormReadException f) when (f.NoTitles)
                {
                    // Neither Hebei's titles nor any region's: Hebei's reason, with what else was looked for.
                    throw new InputException($"{e.Message}, nor any table title of the regions' forms ({string.Join(", ", BudgetSdk.Forms.Schema.FormCatalog.Shipped.Forms.Select(x => x.Id))})");
                }
            }
        }
        catch (Exception e) when (e is DisclosureImportException or FormReadException)
        {
            throw new InputException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("cannot be read: " + e.Message);
        }
    }

    // The form reader reads character columns as pdftotext -layout prints them; Hebei's importer reads the PDF's
    // tab-separated cells. A PDF is read again for its layout; any other file's text is both.
    private static string LayoutText(MemoryStream stream, string text)
    {
        stream.Position = 0;
        return PublishedFiles.Detect(stream) == DocumentKind.Pdf ? PublishedFiles.LayoutText(stream) : text;
    }
}
