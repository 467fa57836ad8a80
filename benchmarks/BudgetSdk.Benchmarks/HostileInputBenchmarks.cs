using BenchmarkDotNet.Attributes;
using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Testing;

namespace BudgetSdk.Benchmarks;

/// <summary>
/// The hostile shapes of docs/robustness.md at growing sizes, made from seed 000 (tab-separated) and 002 (DOCX): the
/// times should grow in proportion to <see cref="Size"/> (docs/benchmarks.md has the numbers before and after).
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private string _text = null!;

    /// <summary>The shape.</summary>
    [Params("LongCodeCell", "CodeCellThenNumbers", "PercentRun", "RepeatedPage")]
    public string Shape { get; set; } = string.Empty;

    /// <summary>The seed the shape is made from.</summary>
    [Params("000", "002")]
    public string Seed { get; set; } = string.Empty;

    /// <summary>The size: characters of the cell (numbers for CodeCellThenNumbers, ×100 characters for RepeatedPage).</summary>
    [Params(16_000, 32_000, 64_000)]
    public int Size { get; set; }

    /// <summary>Makes the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var seed = Seeds.Text(Seed);
        _text = Shape switch
        {
            "LongCodeCell" => HostileInputs.LongCodeCell(seed, Size - 4),
            "CodeCellThenNumbers" => HostileInputs.CodeCellThenNumbers(seed, Size / 8),
            "PercentRun" => HostileInputs.PercentRun(seed, Size),
            _ => HostileInputs.RepeatedPage(seed, Size * 100),
        };
    }

    /// <summary>Import and audit of the hostile text.</summary>
    [Benchmark]
    public AuditReport ImportAndAudit() => Auditor.Audit(DisclosureImporter.Read(_text));
}
