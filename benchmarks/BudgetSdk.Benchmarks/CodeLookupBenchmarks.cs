using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BudgetSdk.Codes;

namespace BudgetSdk.Benchmarks;

/// <summary>
/// Looking up 1,024 random codes and names of the 2024 支出功能分类 edition (fixed seed), side by side with a
/// <see cref="FrozenDictionary{TKey, TValue}"/> (the baseline of each category) and a <see cref="Dictionary{TKey, TValue}"/>
/// of the same keys: random keys, unlike one fixed code, make every lookup pay for its cache misses and probes.
/// Times are per lookup (<c>OperationsPerInvoke</c>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CodeLookupBenchmarks
{
    private const int Keys = 1024;
    private const int Seed = 2024;

    private CodeCatalog<FunctionalCode> _catalog = null!;
    private string[] _codes = null!;
    private string[] _names = null!;
    private string[] _wrappedNames = null!;
    private FrozenDictionary<string, FunctionalCode> _frozenByCode = null!;
    private Dictionary<string, FunctionalCode> _dictionaryByCode = null!;
    private FrozenDictionary<string, IReadOnlyList<FunctionalCode>> _frozenByName = null!;
    private Dictionary<string, IReadOnlyList<FunctionalCode>> _dictionaryByName = null!;

    /// <summary>Draws the keys and builds the dictionaries; touches the catalog so its index is built before measuring.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _catalog = FunctionalCode.Edition2024.Catalog;
        var random = new Random(Seed);
        var drawn = Enumerable.Range(0, Keys).Select(_ => _catalog[random.Next(_catalog.Count)]).ToArray();

        // Copies, so that no lookup short-cuts on a key that is the very string instance stored in a table.
        _codes = drawn.Select(c => new string(c.Code.AsSpan())).ToArray();
        _names = drawn.Select(c => new string(c.Name.AsSpan())).ToArray();
        _wrappedNames = drawn.Select(c => c.Name.Insert(c.Name.Length / 2, "\n")).ToArray();

        _dictionaryByCode = _catalog.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _frozenByCode = _dictionaryByCode.ToFrozenDictionary(StringComparer.Ordinal);
        _dictionaryByName = _catalog.Select(c => c.Name).Distinct(StringComparer.Ordinal).ToDictionary(n => n, _catalog.FindByName, StringComparer.Ordinal);
        _frozenByName = _dictionaryByName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary><c>FrozenDictionary&lt;string, FunctionalCode&gt;.TryGetValue</c> of the codes.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("code")]
    public int FrozenDictionaryCode()
    {
        var found = 0;
        foreach (var code in _codes)
        {
            found += _frozenByCode.TryGetValue(code, out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary><c>Dictionary&lt;string, FunctionalCode&gt;.TryGetValue</c> of the codes.</summary>
    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("code")]
    public int DictionaryCode()
    {
        var found = 0;
        foreach (var code in _codes)
        {
            found += _dictionaryByCode.TryGetValue(code, out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary><c>CodeCatalog.TryParse(string)</c> of the codes.</summary>
    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("code")]
    public int TryParseString()
    {
        var found = 0;
        foreach (var code in _codes)
        {
            found += _catalog.TryParse(code, out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary><c>CodeCatalog.TryParse(ReadOnlySpan&lt;char&gt;)</c> of the codes.</summary>
    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("code")]
    public int TryParseSpan()
    {
        var found = 0;
        foreach (var code in _codes)
        {
            found += _catalog.TryParse(code.AsSpan(), out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary><c>FrozenDictionary&lt;string, IReadOnlyList&lt;FunctionalCode&gt;&gt;.TryGetValue</c> of the names, as printed.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("name")]
    public int FrozenDictionaryName()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _frozenByName.TryGetValue(name, out var codes) ? codes.Count : 0;
        }

        return found;
    }

    /// <summary><c>Dictionary&lt;string, IReadOnlyList&lt;FunctionalCode&gt;&gt;.TryGetValue</c> of the names, as printed.</summary>
    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("name")]
    public int DictionaryName()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _dictionaryByName.TryGetValue(name, out var codes) ? codes.Count : 0;
        }

        return found;
    }

    /// <summary><c>CodeCatalog.FindByName(string)</c> of the names, as printed.</summary>
    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("name")]
    public int FindByNameString()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _catalog.FindByName(name).Count;
        }

        return found;
    }

    /// <summary><c>CodeCatalog.FindByName(ReadOnlySpan&lt;char&gt;)</c> of the names, as printed.</summary>
    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("name")]
    public int FindByNameSpan()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _catalog.FindByName(name.AsSpan()).Count;
        }

        return found;
    }

    /// <summary>
    /// <c>CodeCatalog.FindByName(string)</c> of the names with a line break inside, as wrapped in a table cell: the
    /// normalising path, which a dictionary of printed names has no counterpart for (it finds none of them).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("name")]
    public int FindByNameWrapped()
    {
        var found = 0;
        foreach (var name in _wrappedNames)
        {
            found += _catalog.FindByName(name).Count;
        }

        return found;
    }
}
