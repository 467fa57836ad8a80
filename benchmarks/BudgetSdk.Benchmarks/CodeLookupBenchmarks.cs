using BenchmarkDotNet.Attributes;
using BudgetSdk.Codes;

namespace BudgetSdk.Benchmarks;

/// <summary>Looking up codes in the newest 支出功能分类 edition: the README says lookups by code allocate nothing on success.</summary>
[MemoryDiagnoser]
public class CodeLookupBenchmarks
{
    // Fields, not constants, so the JIT cannot fold the input away; a 项 is the deepest level (7 digits).
    private readonly string _code = "2010301";
    private readonly string _name = "行政运行";

    /// <summary>Touches the catalog once, so its lazy index is built before measuring.</summary>
    [GlobalSetup]
    public void Setup() => FunctionalCode.Latest.Parse(_code);

    /// <summary><c>Parse(string)</c>, a code that exists.</summary>
    [Benchmark]
    public FunctionalCode ParseString() => FunctionalCode.Latest.Parse(_code);

    /// <summary><c>Parse(ReadOnlySpan&lt;char&gt;)</c>, a code that exists.</summary>
    [Benchmark]
    public FunctionalCode ParseSpan() => FunctionalCode.Latest.Parse(_code.AsSpan());

    /// <summary><c>TryParse(string)</c>, a code that exists.</summary>
    [Benchmark]
    public bool TryParseString() => FunctionalCode.Latest.TryParse(_code, out _);

    /// <summary><c>TryParse(ReadOnlySpan&lt;char&gt;)</c>, a code that exists.</summary>
    [Benchmark]
    public bool TryParseSpan() => FunctionalCode.Latest.TryParse(_code.AsSpan(), out _);

    /// <summary><c>FindByName</c> of a name many 项 share.</summary>
    [Benchmark]
    public int FindByName() => FunctionalCode.Latest.FindByName(_name).Count;
}
