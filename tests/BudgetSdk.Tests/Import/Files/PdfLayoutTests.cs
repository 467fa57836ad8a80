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

        // A difference is accepted only where the PDF reads what a person read from the PDF (the expected-cell list).
        var listFile = Path.Combine(BudgetSdk.Tests.Seeds.RepositoryRoot, "tests", "BudgetSdk.Tests", "Forms", "Expected", Path.GetFileName(document) + ".cells.txt");
        var listed = File.Exists(listFile) ? File.ReadAllLines(listFile).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal) : [];
        known.Where(l => l.StartsWith("+ ", StringComparison.Ordinal)).Select(l => l[2..]).Where(l => !listed.Contains(l))
            .ShouldBeEmpty("a known difference the expected-cell list does not confirm");
    }

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
