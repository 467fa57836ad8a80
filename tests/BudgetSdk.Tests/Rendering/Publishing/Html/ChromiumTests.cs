using System.Buffers.Binary;
using System.Globalization;
using BudgetSdk.Rendering;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Publishing.Html;
using BudgetSdk.Rendering.Publishing.Pdf;
using BudgetSdk.Samples;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Rendering.Publishing.Html;

/// <summary>
/// The published HTML in headless Chromium: the PDF it prints (pages, text) and a screenshot of T1. Set
/// BUDGETSDK_TEST_KEEP to a directory to keep what the tests made there (docs/images/rendering-t1.png is t1.png).
/// </summary>
public sealed class ChromiumTests : IDisposable
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("budgetsdk-test-");

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("BUDGETSDK_TEST_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var file in _work.GetFiles())
            {
                file.CopyTo(Path.Combine(keep, file.Name), overwrite: true);
            }
        }

        _work.Delete(recursive: true);
    }

    [ChromiumFact]
    public void The_printed_pdf_has_a_page_for_each_table_and_not_many_more()
    {
        var pdf = PrintPdf();
        var tables = PublishedHtml.Of(Lulong).Document.Descendants("section").Count(s => ((string?)s.Attribute("class"))?.StartsWith("sheet", StringComparison.Ordinal) == true);

        var pages = Poppler.Pages(pdf);

        // Each table starts a page, and the 目录 and the explanatory part have one each (seed 000: 25 tables, 32 pages).
        pages.ShouldBeInRange(tables + 2, tables * 2);
        File.ReadAllBytes(pdf).AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
    }

    [ChromiumFact]
    public void The_printed_pdf_text_holds_every_T3_row_and_the_three_public_totals()
    {
        var lines = Poppler.Text(PrintPdf()).Split('\n');

        foreach (var row in Lulong[TableId.T3].Rows)
        {
            var amounts = row.Cells.Where(c => c != 0m).Select(c => c.ToString("0.00", CultureInfo.InvariantCulture));
            string[] cells = [row.Code ?? string.Empty, .. amounts];
            lines.ShouldContain(l => l.Contains(row.Label, StringComparison.Ordinal) && InOrder(l, cells), $"T3 {row.Code} {row.Label}");
        }

        string[] subtotal = ["“三公”经费小计", "15.50", "15.50"];
        string[] vehicles = ["二、公务用车购置及运维费", "3.50", "3.50"];
        lines.ShouldContain(l => InOrder(l, subtotal));
        lines.ShouldContain(l => InOrder(l, vehicles));
        lines.ShouldContain(l => l.Contains("单位：万元", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void The_printed_pdf_text_holds_every_row_of_the_nine_tables_cell_by_cell()
    {
        var lines = Poppler.Text(PrintPdf()).Split('\n');
        var missing = new List<string>();
        foreach (var table in Lulong.Tables.Where(t => t.Id <= TableId.T9))
        {
            foreach (var row in TableGrids.Of(table, Lulong.Header).Rows)
            {
                // Every printed cell of the row (序号, code, names, amounts; blanks print nothing), left to right on one line.
                var cells = row.Cells.Where(c => c is { Length: > 0 }).Select(c => c!).ToArray();
                if (!lines.Any(l => InOrder(l, cells)))
                {
                    missing.Add($"{table.Id}: {string.Join(" ", cells)}");
                }
            }
        }

        missing.ShouldBeEmpty();
    }

    [ChromiumFact]
    public void Printing_twice_gives_the_same_bytes_with_a_fixed_creation_date()
    {
        var first = File.ReadAllBytes(PrintPdf());
        var second = File.ReadAllBytes(PrintPdf());

        second.ShouldBe(first);
        System.Text.Encoding.ASCII.GetString(first).ShouldContain("/CreationDate (D:20000101000000Z)");
    }

    [ChromiumFact]
    public void A_screenshot_of_T1_is_an_a4_sized_png_with_ink_on_it()
    {
        // T1 on a page of its own, as it prints: the publisher's writer and style sheet on just that table's blocks.
        var t1 = Lulong[TableId.T1];
        var page = Path.Combine(_work.FullName, "t1.html");
        File.WriteAllText(page, HtmlDocumentWriter.Write([new Heading(t1.Title, Bookmarked: true), TableGrids.Of(t1, Lulong.Header)], t1.Title));
        var png = Path.Combine(_work.FullName, "t1.png");

        Chromium.Run(Chromium.Find()!, new Uri(page), _work.FullName, ["--screenshot=" + png, "--window-size=1240,1754", "--hide-scrollbars"]);

        var bytes = File.ReadAllBytes(png);
        bytes.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).ShouldBe(1240);
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).ShouldBe(1754);
        // An all-white page compresses to a few kilobytes; a page of tables and text does not.
        IdatLength(bytes).ShouldBeGreaterThan(40_000);
    }

    [Fact]
    public void Without_Chromium_pdf_says_what_to_install()
    {
        var saved = Environment.GetEnvironmentVariable(Chromium.Variable);
        Environment.SetEnvironmentVariable(Chromium.Variable, Path.Combine(_work.FullName, "no-such-chromium"));
        try
        {
            using var output = new MemoryStream();
            var error = Should.Throw<PublishingException>(() => DisclosurePublisher.Write(Lulong, PublishFormat.Pdf, output));

            error.Message.ShouldContain("apt-get install chromium fonts-noto-cjk");
            error.Message.ShouldContain(Chromium.Variable);
            error.Message.ShouldContain("no-such-chromium, which does not exist");
            output.Length.ShouldBe(0);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Chromium.Variable, saved);
        }
    }

    private string PrintPdf()
    {
        File.WriteAllBytes(Path.Combine(_work.FullName, "disclosure.html"), PublishedHtml.Bytes(Lulong));
        var pdf = Path.Combine(_work.FullName, $"disclosure-{_work.GetFiles("*.pdf").Length + 1}.pdf");
        using (var output = File.Create(pdf))
        {
            DisclosurePublisher.Write(Lulong, PublishFormat.Pdf, output);
        }

        return pdf;
    }

    private static bool InOrder(string line, IEnumerable<string> cells)
    {
        var at = 0;
        foreach (var cell in cells)
        {
            at = line.IndexOf(cell, at, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += cell.Length;
        }

        return true;
    }

    // The summed length of the IDAT chunks: the compressed pixels.
    private static long IdatLength(byte[] png)
    {
        long total = 0;
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                total += length;
            }

            at += 12 + length;
        }

        return total;
    }
}
