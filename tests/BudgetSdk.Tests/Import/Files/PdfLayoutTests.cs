using System.Text.RegularExpressions;
using BudgetSdk.Forms.Reading;
using BudgetSdk.Import.Files;
using BudgetSdk.Tests.Forms;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>
/// Every real document of ../shared/documents read from its PDF (<see cref="PublishedFiles.LayoutText"/>) gives the same
/// printed document, cell by cell, as its <c>pdftotext -layout</c> text: header, every table, side, row id, label and cell,
/// notes, quotes and changes, rendered as the expected-cell lists render them.
/// </summary>
public sealed partial class PdfLayoutTests
{
    private static string Documents => Path.GetFullPath(Path.Combine(BudgetSdk.Tests.Seeds.RepositoryRoot, "..", "shared", "documents"));

    private static string KnownFolder => Path.Combine(BudgetSdk.Tests.Seeds.RepositoryRoot, "tests", "BudgetSdk.Tests", "Import", "Files", "PdfLayout");

    public static TheoryData<string> Documents_()
    {
        var data = new TheoryData<string>();
        foreach (var pdf in Directory.GetFiles(Documents, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Documents, pdf)[..^".pdf".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents_))]
    public void The_pdf_reads_to_the_same_printed_document_as_its_layout_text(string document)
    {
        var fromLayout = Reading(File.ReadAllText(Path.Combine(Documents, document + ".layout.txt")));
        string layout;
        using (var pdf = File.OpenRead(Path.Combine(Documents, document + ".pdf")))
        {
            layout = PublishedFiles.LayoutText(pdf);
        }

        if (Environment.GetEnvironmentVariable("BUDGETSDK_TEST_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllText(Path.Combine(keep, Path.GetFileName(document) + ".pdf.layout.txt"), layout);
        }

        var fromPdf = Reading(layout);
        fromLayout.Count.ShouldBeGreaterThan(0);

        // What the PDF still reads differently is written down in PdfLayout/<id>.differences.txt, asserted exactly: a
        // mended line is deleted from the file, a new difference fails.
        var differences = LineDiff.Of(fromLayout, fromPdf);
        var knownFile = Path.Combine(KnownFolder, Path.GetFileName(document) + ".differences.txt");
        var known = File.Exists(knownFile) ? File.ReadAllLines(knownFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray() : [];
        differences.ShouldBe(known, $"{differences.Count} lines differ (known {known.Length}; - the .layout.txt's reading, + the PDF's):\n{string.Join("\n", differences.Take(80))}");

    }

    [Fact]
    public void The_layout_text_keeps_pages_and_puts_the_amounts_under_their_headers()
    {
        string layout;
        using (var pdf = File.OpenRead(Path.Combine(Documents, "shanghai", "sh-putuo-finance-2025.pdf")))
        {
            layout = PublishedFiles.LayoutText(pdf);
        }

        // 24 pages, a form feed before each after the first, as pdftotext prints them.
        layout.Count(c => c == '\f').ShouldBe(23);
        var lines = layout.Replace("\f", string.Empty, StringComparison.Ordinal).Split('\n');

        // T1: the 预算数 of each side stands over that side's right-aligned amounts, nearer them than any other header.
        var header = lines.Single(l => Regex.IsMatch(l, @"^\s*项目\s+预算数\s+项目\s+预算数\s*$"));
        var row = lines.Single(l => l.StartsWith("一、财政拨款收入", StringComparison.Ordinal) && l.Contains("22,186,440.80", StringComparison.Ordinal));
        var labels = Regex.Matches(header, @"\S+").Select(m => m.Index + m.Length / 2.0).ToArray();
        var income = Centre(row, "31,214,205.80");
        var expense = Centre(row, "22,186,440.80");
        labels.OrderBy(c => Math.Abs(c - income)).First().ShouldBe(labels[1]);
        labels.OrderBy(c => Math.Abs(c - expense)).First().ShouldBe(labels[3]);

        // Every word of a label stays one run (one space), a cell is words apart from the next.
        lines.ShouldContain(l => l.StartsWith("1. 一般公共预算资金 ", StringComparison.Ordinal));
        row.ShouldContain("31,214,205.80 一、一般公共服务支出");
    }

    [Fact]
    public void Text_passes_through_and_an_unreadable_pdf_is_the_same_one_line_as_for_its_text()
    {
        var text = File.ReadAllText(Path.Combine(Documents, "shanghai", "sh-putuo-wanli-2023.layout.txt"));
        PublishedFiles.LayoutText(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))).ShouldBe(text);

        foreach (var pdf in new[] { UnreadableFiles.ScannedPdf(), UnreadableFiles.EncryptedPdf() })
        {
            var layout = Should.Throw<BudgetSdk.Import.DisclosureImportException>(() => PublishedFiles.LayoutText(new MemoryStream(pdf)));
            var tab = Should.Throw<BudgetSdk.Import.DisclosureImportException>(() => PublishedFiles.Text(new MemoryStream(pdf)));
            layout.Message.ShouldBe(tab.Message);
            layout.Message.ShouldNotContain('\n');
        }
    }

    private static double Centre(string line, string word) => line.IndexOf(word, StringComparison.Ordinal) + word.Length / 2.0;

    // The reading rendered as the expected-cell lists are; a text the reader refuses gives its reason as the one line,
    // without the line number (the two texts number their lines differently).
    private static IReadOnlyList<string> Reading(string text)
    {
        try
        {
            return ExpectedCells.Render(FormReader.Read(text));
        }
        catch (FormReadException e)
        {
            return ["read failed: " + LineNumber().Replace(e.Message, string.Empty)];
        }
    }

    [GeneratedRegex(@"^line \d+: ")]
    private static partial Regex LineNumber();
}
