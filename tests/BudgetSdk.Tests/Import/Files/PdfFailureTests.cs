using System.Text;
using BudgetSdk.Import;
using BudgetSdk.Import.Files;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>A PDF that holds no readable text is one line saying why: a scan, an encrypted file, broken bytes.</summary>
public sealed class PdfFailureTests
{
    [Fact]
    public void A_pdf_of_pages_without_text_is_a_scan_to_run_ocr_on()
    {
        var error = Should.Throw<DisclosureImportException>(() => PublishedFiles.Read(new MemoryStream(UnreadableFiles.ScannedPdf())));

        error.Message.ShouldBe("the PDF has no text to read (a scanned image); run OCR first");
    }

    [Fact]
    public void An_encrypted_pdf_is_one_line_saying_so()
    {
        var error = Should.Throw<DisclosureImportException>(() => PublishedFiles.Read(new MemoryStream(UnreadableFiles.EncryptedPdf())));

        error.Message.ShouldStartWith("the PDF is encrypted; ");
        error.Message.ShouldNotContain('\n');
    }

    [Theory]
    [InlineData("%PDF-1.7\n\u0001\u0002garbage that is no PDF at all")]
    [InlineData("%PDF-")]
    public void Broken_bytes_after_the_pdf_magic_are_one_line(string content)
    {
        var error = Should.Throw<DisclosureImportException>(() => PublishedFiles.Read(new MemoryStream(Encoding.Latin1.GetBytes(content))));

        error.Message.ShouldStartWith("the PDF cannot be read (");
        error.Message.ShouldNotContain('\n');
    }

    [Fact]
    public void A_truncated_pdf_is_one_line_or_the_text_it_still_has()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Budget 2024", 12, new PdfPoint(72, 720), font);
        var whole = builder.Build();

        foreach (var length in new[] { whole.Length / 3, whole.Length / 2, whole.Length - 40 })
        {
            // Lenient parsing may recover the text from a file cut short; anything else is one clear line.
            try
            {
                PdfText.Extract(new MemoryStream(whole[..length])).ShouldContain("Budget 2024");
            }
            catch (DisclosureImportException e)
            {
                e.Message.ShouldNotContain('\n');
                e.Message.ShouldStartWith("the PDF ");
            }
        }
    }
}
