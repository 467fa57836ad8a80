using BenchmarkDotNet.Attributes;
using BudgetSdk.Audit;
using BudgetSdk.Import;

namespace BudgetSdk.Benchmarks;

/// <summary>Reading each published seed text, and auditing what was read.</summary>
[MemoryDiagnoser]
public class PublishedBenchmarks
{
    private string _text = null!;
    private PublishedDisclosure _published = null!;

    /// <summary>The seed, by its number.</summary>
    [ParamsSource(nameof(SeedNames))]
    public string Seed { get; set; } = string.Empty;

    /// <summary>Every seed under the shared seeds folder.</summary>
    public static IEnumerable<string> SeedNames() => Seeds.Names();

    /// <summary>Loads the seed and reads it once, for the audit benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Seeds.Text(Seed);
        _published = DisclosureImporter.Read(_text);
    }

    /// <summary>Text to the printed tables, sections and projects.</summary>
    [Benchmark]
    public PublishedDisclosure Import() => DisclosureImporter.Read(_text);

    /// <summary>Every rule on what was read.</summary>
    [Benchmark]
    public AuditReport Audit() => Auditor.Audit(_published);
}
