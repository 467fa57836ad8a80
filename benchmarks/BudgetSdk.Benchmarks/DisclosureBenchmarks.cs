using BenchmarkDotNet.Attributes;
using BudgetSdk.Samples;
using BudgetSdk.Serialization;

namespace BudgetSdk.Benchmarks;

/// <summary>Seed 000 (卢龙县人民政府办公室 2024) built from its facts, and its JSON both ways.</summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private Disclosure _disclosure = null!;
    private string _json = null!;

    /// <summary>Builds the disclosure and its JSON once, for the benchmarks that start from them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _disclosure = Build();
        _json = DisclosureJson.Serialize(_disclosure);
    }

    /// <summary>Facts to disclosure: derives the nine tables and runs every rule.</summary>
    [Benchmark]
    public Disclosure Build()
    {
        var result = Lulong2024.Facts().Build();
        return result.Disclosure ?? throw new InvalidOperationException("seed 000's facts no longer build: " + string.Join("; ", result.Problems));
    }

    /// <summary>Disclosure to JSON text.</summary>
    [Benchmark]
    public string Serialize() => DisclosureJson.Serialize(_disclosure);

    /// <summary>JSON text to disclosure; reading builds again, so this includes a build.</summary>
    [Benchmark]
    public Disclosure Deserialize() => DisclosureJson.Deserialize(_json);
}
