using BenchmarkDotNet.Attributes;
using BudgetSdk.Import.Files;

namespace BudgetSdk.Benchmarks;

/// <summary>A real 24-page disclosure PDF (上海市普陀区财政局 2025) through PdfPig: to the importer's tab-separated text,
/// and to the layout text a region's form reader reads.</summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private byte[] _pdf = null!;

    /// <summary>Loads the PDF from ../shared/documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pdf = File.ReadAllBytes(Path.GetFullPath(Path.Combine(BudgetSdk.Testing.RepositoryLayout.Root, "..", "shared", "documents", "shanghai", "sh-putuo-finance-2025.pdf")));
    }

    /// <summary>Every page's letters to lines, cells and columns.</summary>
    [Benchmark]
    public string Extract() => PdfText.Extract(new MemoryStream(_pdf, writable: false));

    /// <summary>Every page's letters to lines and cells at character columns (<c>pdftotext -layout</c>'s kind of text).</summary>
    [Benchmark]
    public string Layout() => PublishedFiles.LayoutText(new MemoryStream(_pdf, writable: false));
}
