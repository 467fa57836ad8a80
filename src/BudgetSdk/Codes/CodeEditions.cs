using System.Diagnostics.CodeAnalysis;

namespace BudgetSdk.Codes;

/// <summary>
/// The editions of a code system that a referencing project's own schema files define (e.g. 2025 based on 2024, or 2024
/// with the project's local codes). The project's generated <c>ProjectSchema.Register()</c> module initializer registers
/// them before any of its code runs; from then on <c>ForEdition</c>, <c>TryGetEdition</c>, <c>Editions</c>, <c>Latest</c>
/// and through them the builder, the JSON reader and the audit see the merged schema. No reflection: the project's
/// generated code calls <see cref="Register"/>.
/// </summary>
/// <typeparam name="TCode">The code type, e.g. <c>FunctionalCode</c>.</typeparam>
public static class CodeEditions<TCode>
    where TCode : ClassificationCode<TCode>
{
    private static readonly object Gate = new();

    // Replaced whole on each registration, so readers take one volatile read and never lock.
    private static volatile Snapshot _current = Snapshot.Empty;

    /// <summary>The years registered so far, oldest first (shipped editions a project extends included).</summary>
    public static IReadOnlyList<int> Years => _current.Years;

    /// <summary>
    /// Registers the catalog of an edition a project defines; it takes the place of a shipped edition of the same year.
    /// Throws <see cref="InvalidOperationException"/> when another catalog of that year is registered already (two
    /// referenced projects defining the same edition cannot both be in force).
    /// </summary>
    public static void Register(CodeCatalog<TCode> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        lock (Gate)
        {
            var current = _current;
            if (current.Catalogs.TryGetValue(catalog.Edition, out var registered))
            {
                if (ReferenceEquals(registered, catalog))
                {
                    return;
                }

                throw new InvalidOperationException(
                    $"{catalog.CodeSystem.Title} edition {catalog.Edition} is registered twice; expected one project's schema files to define it");
            }

            _current = current.With(catalog);
        }
    }

    /// <summary>The registered catalog of a year, if any.</summary>
    public static bool TryGet(int year, [NotNullWhen(true)] out CodeCatalog<TCode>? catalog)
    {
        var current = _current;
        if (current.Catalogs.Count == 0)
        {
            catalog = null;
            return false;
        }

        return current.Catalogs.TryGetValue(year, out catalog);
    }

    /// <summary>The shipped years and the registered ones, oldest first; generated <c>Editions</c> returns this.</summary>
    public static IReadOnlyList<int> YearsWith(IReadOnlyList<int> shipped)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var current = _current;
        return current.Catalogs.Count == 0 ? shipped : current.MergedWith(shipped);
    }

    /// <summary>The newest of <paramref name="shippedLatest"/> and the registered editions; generated <c>Latest</c> returns this.</summary>
    public static CodeCatalog<TCode> NewestOr(CodeCatalog<TCode> shippedLatest)
    {
        ArgumentNullException.ThrowIfNull(shippedLatest);
        var newest = _current.Newest;
        return newest is not null && newest.Edition >= shippedLatest.Edition ? newest : shippedLatest;
    }

    private sealed class Snapshot
    {
        private IReadOnlyList<int>? _merged;

        private Snapshot(Dictionary<int, CodeCatalog<TCode>> catalogs)
        {
            Catalogs = catalogs;
            Years = catalogs.Keys.Order().ToArray();
            Newest = Years.Count == 0 ? null : catalogs[Years[^1]];
        }

        public static Snapshot Empty { get; } = new(new Dictionary<int, CodeCatalog<TCode>>());

        public Dictionary<int, CodeCatalog<TCode>> Catalogs { get; }

        public IReadOnlyList<int> Years { get; }

        public CodeCatalog<TCode>? Newest { get; }

        public Snapshot With(CodeCatalog<TCode> catalog)
            => new(new Dictionary<int, CodeCatalog<TCode>>(Catalogs) { [catalog.Edition] = catalog });

        /// <summary>
        /// The merged years, computed once per snapshot: a code type passes the same shipped list every time, so a race
        /// computes the same array twice at worst.
        /// </summary>
        public IReadOnlyList<int> MergedWith(IReadOnlyList<int> shipped)
            => _merged ??= shipped.Union(Years).Order().ToArray();
    }
}
