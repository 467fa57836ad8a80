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
        var builder = new PdfDocumentBuilder();
        // A scan's pages are pictures: drawn content, no letters.
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600, lineWidth: 3, fill: true);
        builder.AddPage(PageSize.A4);

        var error = Should.Throw<DisclosureImportException>(() => PublishedFiles.Read(new MemoryStream(builder.Build())));

        error.Message.ShouldBe("the PDF has no text to read (a scanned image); run OCR first");
    }

    [Fact]
    public void An_encrypted_pdf_is_one_line_saying_so()
    {
        var error = Should.Throw<DisclosureImportException>(() => PublishedFiles.Read(new MemoryStream(Encrypted())));

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

    // A one-page PDF whose trailer names a standard security handler (RC4, 40 bits) whose /U entry no empty password
    // opens: what a file saved with an open password looks like to a reader without it.
    private static byte[] Encrypted()
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
}
