using BudgetSdk.Rendering.Publishing.Pdf;

namespace BudgetSdk.Rendering.Publishing;

/// <summary>
/// Prints the published HTML to PDF with headless Chromium: the browser lays out the CJK text with the system's fonts
/// (Noto CJK on Debian) and repeats the table headers on every A4 page as the print CSS asks. The HTML and the PDF live
/// in a temporary directory that is removed afterwards. The print time Chromium stamps in is replaced by a fixed date,
/// so the bytes depend only on the disclosure, the Chromium version and the installed fonts.
/// </summary>
internal static class PdfPublisher
{
    public static void Write(Disclosure disclosure, Stream output)
    {
        var chromium = Chromium.Find() ?? throw new PublishingException(Chromium.Missing());
        var work = Directory.CreateTempSubdirectory("budgetsdk-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "disclosure.html");
            var pdf = Path.Combine(work.FullName, "disclosure.pdf");
            using (var file = File.Create(page))
            {
                HtmlPublisher.Write(disclosure, file);
            }

            Chromium.Run(chromium, new Uri(page), work.FullName, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf]);
            if (!File.Exists(pdf))
            {
                throw new PublishingException($"Chromium printed no PDF ({chromium})");
            }

            var printed = File.ReadAllBytes(pdf);
            PdfDates.Normalise(printed);
            output.Write(printed, 0, printed.Length);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
