using System.IO.Compression;

using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Files;

/// <summary>
/// Reads the files people actually have — a downloaded PDF, DOCX or XLSX, or text extracted from one — into the same
/// <see cref="PublishedDisclosure"/> the text formats give, so templates, facts and the audit are shared. The kind
/// is told from the bytes (magic numbers and the package's parts), not the file name.
/// </summary>
public static class PublishedFiles
{
    /// <summary>Reads a published disclosure from a file's bytes of any supported kind.</summary>
    /// <param name="stream">The file; read to its end, not closed.</param>
    /// <exception cref="DisclosureImportException">The file is no readable disclosure: a scanned PDF without text, an
    /// encrypted or broken file, a DOCX without tables, a workbook of another kind, or text the importer refuses.</exception>
    public static PublishedDisclosure Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return DisclosureImporter.Read(Text(stream));
    }

    /// <summary>The text a file's bytes hold, whatever their kind: what <see cref="Read"/> reads, and what a reader of
    /// another region's form reads when the text holds none of Hebei's titles.</summary>
    /// <param name="stream">The file; read to its end, not closed.</param>
    /// <exception cref="DisclosureImportException">The file is no readable text: a scanned PDF, an encrypted or broken file,
    /// a DOCX without tables, a workbook of another kind, or bytes that are not text.</exception>
    public static string Text(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        bytes.Position = 0;
        return Detect(bytes) switch
        {
            DocumentKind.Pdf => PdfText.Extract(bytes),
            DocumentKind.Docx => DocxText.Extract(bytes),
            DocumentKind.Xlsx => XlsxText.Extract(bytes),
            _ => InputText.Decode(bytes),
        };
    }

    /// <summary>
    /// The text of a file as <c>pdftotext -layout</c> prints it, what a reader of a region's form reads (character
    /// columns, pages separated by form feeds): a PDF's words placed at the columns their positions give; text passes
    /// through; a DOCX or XLSX gives its <see cref="Text"/>.
    /// </summary>
    /// <param name="stream">The file; read to its end, not closed.</param>
    /// <exception cref="DisclosureImportException">The file is no readable text, as for <see cref="Text"/>.</exception>
    public static string LayoutText(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        bytes.Position = 0;
        return Detect(bytes) == DocumentKind.Pdf ? PdfText.Pages(bytes, Pdf.LayoutText.Write) : Text(bytes);
    }

    /// <summary>The kind of a file, from its first bytes and, for a ZIP package, its parts; the position is restored.</summary>
    /// <param name="stream">A seekable stream at the file's start.</param>
    public static DocumentKind Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        Span<byte> head = stackalloc byte[5];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        if (read == 5 && head.SequenceEqual("%PDF-"u8))
        {
            return DocumentKind.Pdf;
        }

        if (read >= 4 && head[..4].SequenceEqual("PK\u0003\u0004"u8))
        {
            return PackageKind(stream, start);
        }

        return DocumentKind.Text;
    }

    private static DocumentKind PackageKind(Stream stream, long start)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return DocumentKind.Docx;
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return DocumentKind.Xlsx;
            }
        }
        catch (InvalidDataException e)
        {
            throw new DisclosureImportException($"the file is a broken ZIP package ({e.Message.Split('\n')[0]})", e);
        }
        finally
        {
            stream.Position = start;
        }

        throw new DisclosureImportException("the file is a ZIP package but neither a Word document (DOCX) nor an Excel workbook (XLSX)");
    }
}
