using BudgetSdk.Import;
using BudgetSdk.Import.Files;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>The real Shanghai and Jiangsu PDFs of ../shared/documents through PdfPig: their text, cell by cell.</summary>
public sealed class PdfDocumentsTests
{
    private static string Documents => Path.GetFullPath(Path.Combine(BudgetSdk.Tests.Seeds.RepositoryRoot, "..", "shared", "documents"));

    public static TheoryData<string> Pdfs()
    {
        var data = new TheoryData<string>();
        foreach (var pdf in Directory.GetFiles(Documents, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Documents, pdf));
        }

        return data;
    }

    [Fact]
    public void Putuo_finance_2025_T1_rows_are_lines_of_label_and_amount_cells_in_order()
    {
        var lines = Text("shanghai/sh-putuo-finance-2025.pdf").Split('\n').Select(l => l.Split('\t').Where(c => c.Length > 0).ToArray()).ToList();

        // Its .layout.txt: "一、财政拨款收入  31,214,205.80 一、一般公共服务支出  22,186,440.80" and the code rows of T2.
        lines.ShouldContain(c => c.SequenceEqual(new[] { "一、财政拨款收入", "31,214,205.80", "一、一般公共服务支出", "22,186,440.80" }));
        lines.Any(c => c.Length >= 3 && c[^3] == "一般公共服务支出" && c[^2] == "22,186,440.80" && c[^1] == "22,186,440.80").ShouldBeTrue();
        lines.ShouldContain(c => c.Contains("卫生健康支出") && c.Contains("782,164.00"));
    }

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Every_real_pdf_gives_its_text_or_one_clear_line(string pdf)
    {
        var text = Text(pdf);
        text.Length.ShouldBeGreaterThan(1000);
        text.ShouldContain('\t');

        try
        {
            PublishedFiles.Read(File.OpenRead(Path.Combine(Documents, pdf)));
        }
        catch (DisclosureImportException e)
        {
            // Their forms are no templates yet: the importer refuses them in one line, never another exception.
            e.Message.ShouldNotContain('\n');
        }
    }

    private static string Text(string pdf)
    {
        using var file = File.OpenRead(Path.Combine(Documents, pdf));
        var text = PdfText.Extract(file);
        if (Environment.GetEnvironmentVariable("BUDGETSDK_TEST_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllText(Path.Combine(keep, Path.GetFileNameWithoutExtension(pdf) + ".txt"), text);
        }

        return text;
    }
}
