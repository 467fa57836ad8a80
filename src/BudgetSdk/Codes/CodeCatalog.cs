using System.Collections;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace BudgetSdk.Codes;

/// <summary>
/// Every code of one code system in one edition, in code order, with lookups by code (without allocating),
/// by name (without allocating) and by name path. Built on first use from the data that generated code supplies.
/// </summary>
/// <typeparam name="TCode">The generated code type.</typeparam>
public sealed class CodeCatalog<TCode> : IReadOnlyList<TCode>
    where TCode : ClassificationCode<TCode>
{
    private readonly Lazy<Index> _index;
    private readonly Func<CodeCatalog<TCode>, CodeEntry, TCode> _create;

    /// <summary>Creates a catalog; generated code calls this once per edition.</summary>
    /// <remarks>Codes are 1 to 15 ASCII digits, as the generator checks; the first lookup throws otherwise.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public CodeCatalog(
        CodeSystemInfo codeSystem,
        int edition,
        int? basedOn,
        Action<CodeEntries> fill,
        Func<CodeCatalog<TCode>, CodeEntry, TCode> create,
        CodeChange[] changes,
        string[] sources)
    {
        CodeSystem = codeSystem;
        Edition = edition;
        BasedOn = basedOn;
        Changes = changes;
        Sources = sources;
        _create = create;
        _index = new Lazy<Index>(() => Index.Build(this, fill, create), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// A new catalog that starts as this one's codes and applies <paramref name="change"/> to them: how a referencing
    /// project's generated code makes its editions (2025 from 2024, or 2024 with the project's local codes) without
    /// repeating the codes it inherits.
    /// </summary>
    /// <param name="edition">The new catalog's edition (budget year).</param>
    /// <param name="basedOn">The edition it is derived from, as <see cref="BasedOn"/> reports it.</param>
    /// <param name="change">Adds, replaces and removes entries, run once on first use.</param>
    /// <param name="changes">What changed from <paramref name="basedOn"/>.</param>
    /// <param name="sources">Where the data was transcribed from.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public CodeCatalog<TCode> Derive(int edition, int? basedOn, Action<CodeEntries> change, CodeChange[] changes, string[] sources)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new CodeCatalog<TCode>(CodeSystem, edition, basedOn, entries =>
        {
            entries.AddRange(_index.Value.Codes.Select(c => c.Entry));
            change(entries);
        }, _create, changes, sources);
    }

    /// <summary>The code system, e.g. 支出功能分类.</summary>
    public CodeSystemInfo CodeSystem { get; }

    /// <summary>The edition (budget year).</summary>
    public int Edition { get; }

    /// <summary>The edition this one was derived from by <see cref="Changes"/>, if any.</summary>
    public int? BasedOn { get; }

    /// <summary>What changed from <see cref="BasedOn"/>: codes added, renamed, retired or split.</summary>
    public IReadOnlyList<CodeChange> Changes { get; }

    /// <summary>Where the data was transcribed from.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The top-level codes (类), in code order.</summary>
    public IReadOnlyList<TCode> Roots => _index.Value.Roots;

    /// <inheritdoc />
    public int Count => _index.Value.Codes.Length;

    /// <inheritdoc />
    public TCode this[int index] => _index.Value.Codes[index];

    /// <summary>The code with the given code string; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public TCode Get(string code)
        => TryParse(code.AsSpan(), out var result)
            ? result
            : throw new KeyNotFoundException($"{CodeSystem.Title} edition {Edition} has no code '{code}'");

    /// <summary>Finds a code by its code string; surrounding white space is ignored. Does not allocate.</summary>
    public bool TryParse(ReadOnlySpan<char> s, [NotNullWhen(true)] out TCode? result)
    {
        // The digits are the key (CodeKey); white space is trimmed only when the span is not digits throughout.
        if (!CodeKey.TryRead(s, out var key))
        {
            var trimmed = s.Trim();
            if (trimmed.Length == s.Length || !CodeKey.TryRead(trimmed, out key))
            {
                result = null;
                return false;
            }
        }

        result = _index.Value.ByCode.Find(key);
        return result is not null;
    }

    /// <summary>Finds a code by its code string; false for null or anything that is not a code of this edition.</summary>
    public bool TryParse([NotNullWhen(true)] string? s, [NotNullWhen(true)] out TCode? result)
    {
        if (s is null)
        {
            result = null;
            return false;
        }

        return TryParse(s.AsSpan(), out result);
    }

    /// <summary>The code with the given code string; throws <see cref="FormatException"/> naming the input otherwise.</summary>
    public TCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>The code with the given code string; throws <see cref="FormatException"/> naming the input otherwise.</summary>
    public TCode Parse(ReadOnlySpan<char> s)
        => TryParse(s, out var result) ? result : throw new FormatException(DescribeMismatch(s));

    /// <summary>
    /// Every code whose official name or alias is <paramref name="name"/> (names are not unique), in code order; brackets
    /// of either width alike and white space ignored. Does not allocate.
    /// </summary>
    public IReadOnlyList<TCode> FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _index.Value.ByName.Find(name);
    }

    /// <summary>
    /// Every code whose official name or alias is <paramref name="name"/> (names are not unique), in code order; brackets
    /// of either width alike and white space ignored. Does not allocate.
    /// </summary>
    public IReadOnlyList<TCode> FindByName(ReadOnlySpan<char> name) => _index.Value.ByName.Find(name);

    /// <summary>
    /// The code reached by following names from a 类 down, e.g. ("一般公共服务支出", "政府办公厅(室)及相关机构事务", "行政运行").
    /// Names match official names or aliases, brackets of either width alike.
    /// </summary>
    public bool TryFindByNamePath(IEnumerable<string> names, [NotNullWhen(true)] out TCode? result)
    {
        ArgumentNullException.ThrowIfNull(names);
        result = null;
        IReadOnlyList<TCode> candidates = Roots;
        foreach (var name in names)
        {
            result = candidates.FirstOrDefault(c => c.IsNamed(name));
            if (result is null)
            {
                return false;
            }

            candidates = result.Children;
        }

        return result is not null;
    }

    /// <summary>
    /// The code at a name path written with '/' or '›' between the names, e.g. "一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行".
    /// </summary>
    public bool TryFindByNamePath(string path, [NotNullWhen(true)] out TCode? result)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TryFindByNamePath(path.Split(['/', '›'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), out result);
    }

    /// <inheritdoc />
    public IEnumerator<TCode> GetEnumerator() => ((IEnumerable<TCode>)_index.Value.Codes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"{CodeSystem.Title} {Edition} ({Count} codes)";

    private string DescribeMismatch(ReadOnlySpan<char> s)
    {
        var text = s.ToString();
        var trimmed = s.Trim();
        var wellFormed = trimmed.Length > 0 && CodeSystem.LevelOf(trimmed.Length) is not null && !trimmed.ContainsAnyExceptInRange('0', '9');
        return wellFormed
            ? $"'{text}' is not a code of {CodeSystem.Title} edition {Edition}"
            : $"'{text}' is not a code of {CodeSystem.Title}: expected {CodeSystem.DescribeLengths()} digits";
    }

    /// <summary>The built lookups; immutable once built.</summary>
    private sealed class Index
    {
        private Index(TCode[] codes, TCode[] roots, CodeTable<TCode> byCode, NameTable<TCode> byName)
        {
            Codes = codes;
            Roots = roots;
            ByCode = byCode;
            ByName = byName;
        }

        public TCode[] Codes { get; }
        public TCode[] Roots { get; }
        public CodeTable<TCode> ByCode { get; }
        public NameTable<TCode> ByName { get; }

        public static Index Build(CodeCatalog<TCode> catalog, Action<CodeEntries> fill, Func<CodeCatalog<TCode>, CodeEntry, TCode> create)
        {
            var entries = new CodeEntries();
            fill(entries);
            var codes = entries.Entries.Select(e => create(catalog, e)).ToArray();
            Array.Sort(codes, static (a, b) => string.CompareOrdinal(a.Code, b.Code));
            var byCode = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
            var levels = catalog.CodeSystem.Levels;
            var children = codes.ToDictionary(c => c.Code, _ => new List<TCode>(), StringComparer.Ordinal);
            foreach (var code in codes)
            {
                var parent = ParentCode(code, levels);
                if (parent is not null && byCode.ContainsKey(parent))
                {
                    children[parent].Add(code);
                }
            }

            foreach (var code in codes)
            {
                var parent = ParentCode(code, levels);
                code.Link(parent is null ? null : byCode.GetValueOrDefault(parent), children[code.Code].ToArray());
            }

            return new Index(codes, codes.Where(c => c.Level == CodeLevel.Class).ToArray(), CodeTable<TCode>.Build(codes), NameTable<TCode>.Build(codes));
        }

        private static string? ParentCode(TCode code, IReadOnlyList<int> levels)
        {
            var depth = (int)code.Level - 1;
            return depth == 0 ? null : code.Code[..levels[depth - 1]];
        }
    }
}
