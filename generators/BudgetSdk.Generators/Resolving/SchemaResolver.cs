using System.Collections.Immutable;
using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Resolving;

/// <summary>
/// Joins the parsed files into one schema: checks what needs more than one file (editions, parents, duplicates,
/// references) and cuts the result into emit units, one per generated file.
/// </summary>
internal sealed partial class SchemaResolver
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<EmitUnit> _units = new();
    private readonly string _namespace;
    private readonly ManifestModel _manifest;
    private readonly Dictionary<int, EditionDeclaration> _editions = new();
    private readonly Dictionary<string, CodeSystemDeclaration> _systems = new(StringComparer.Ordinal);

    private SchemaResolver(string @namespace, ManifestModel manifest)
    {
        _namespace = @namespace;
        _manifest = manifest;
    }

    public static ResolvedSchema Resolve(ImmutableArray<SchemaFile> unordered, string @namespace)
    {
        // AdditionalFiles arrive in project order; sorting by path keeps output independent of it.
        var files = unordered.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var resolver = Create(files, @namespace, out var failed);
        if (resolver is null)
        {
            return failed!;
        }

        resolver.Run(files);
        return new ResolvedSchema(resolver._units.ToEquatableArray(), resolver._diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Resolves the code lists of <paramref name="files"/> (in the order given: a base's files before the files that
    /// extend them) to every edition's codes, without cutting them into emit units.
    /// </summary>
    public static ResolvedCatalogs ResolveCatalogs(List<SchemaFile> files)
    {
        var resolver = Create(files, string.Empty, out var failed);
        if (resolver is null)
        {
            return new ResolvedCatalogs(new List<ResolvedEdition>(), failed!.Diagnostics.ToList());
        }

        resolver.DeclareEditions(files);
        resolver.DeclareSystems();
        resolver.ResolveCodeSystems(files.Where(f => f.Codes is not null).Select(f => f.Codes!).ToList());
        return new ResolvedCatalogs(resolver._catalogs, resolver._diagnostics);
    }

    private static SchemaResolver? Create(List<SchemaFile> files, string @namespace, out ResolvedSchema? failed)
    {
        failed = null;
        var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
        var manifests = files.Where(f => f.Manifest is not null).ToList();
        if (manifests.Count == 0)
        {
            // Files that failed to parse may be the manifest; their own diagnostics already say why.
            if (files.Count > 0 && diagnostics.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.ManifestProblem.Id, new SourceSpan(files[0].Path, 0, 0, 0, 0, 0, 0),
                    $"none of the {files.Count} schema file(s) is the manifest; expected exactly one file with \"kind\": \"manifest\" declaring the code systems and editions"));
            }

            failed = new ResolvedSchema(EquatableArray<EmitUnit>.Empty, diagnostics.ToEquatableArray());
            return null;
        }

        foreach (var extra in manifests.Skip(1))
        {
            diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.ManifestProblem.Id, extra.Manifest!.Span,
                $"a second manifest; expected exactly one (the first is {manifests[0].Path})"));
        }

        var resolver = new SchemaResolver(@namespace, manifests[0].Manifest!);
        resolver._diagnostics.AddRange(diagnostics);
        return resolver;
    }

    private void Run(List<SchemaFile> files)
    {
        DeclareEditions(files);
        DeclareSystems();
        ResolveCodeSystems(files.Where(f => f.Codes is not null).Select(f => f.Codes!).ToList());
        var frameworks = ResolveFrameworks(files.Where(f => f.Framework is not null).Select(f => f.Framework!).ToList());
        var lineSets = ResolveLineSets(files.Where(f => f.LineSet is not null).Select(f => f.LineSet!).ToList());
        _units.Add(new DirectoryUnit(_namespace, frameworks.ToEquatableArray(), lineSets.ToEquatableArray()));
        _units.Add(new FormSourcesUnit(_namespace, files.Where(f => f.Form is not null).Select(f => f.Form!).ToEquatableArray()));
    }

    private void DeclareEditions(List<SchemaFile> files)
    {
        foreach (var edition in _manifest.Editions)
        {
            if (_editions.ContainsKey(edition.Year))
            {
                Report(SchemaDiagnostics.DuplicateDeclaration, edition.YearSpan, "edition", edition.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            _editions.Add(edition.Year, edition);
        }

        DeclareFileEditions(files.Where(f => f.Codes is { BasedOn: not null }).Select(f => f.Codes!));

        // An edition is written as its known differences from another one. The base is usually earlier (2024 from 2023),
        // but may be later: the schema has no complete list older than 2023, so 2017 is the 2023 list plus the codes that
        // documents of 2017 print and the 2023 list no longer has. Any direction will do as long as the chain of bases ends.
        foreach (var edition in _editions.Values)
        {
            if (edition.BasedOn is int baseYear && (!_editions.ContainsKey(baseYear) || DerivesFrom(baseYear, edition.Year)))
            {
                Report(SchemaDiagnostics.UnknownEdition, edition.BasedOnSpan, baseYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    KnownEditions(e => e != edition.Year && !DerivesFrom(e, edition.Year)) + " (a base must not itself derive from the edition)");
            }
        }
    }

    /// <summary>True when <paramref name="year"/>'s chain of <c>basedOn</c> reaches <paramref name="ancestor"/> (or loops).</summary>
    private bool DerivesFrom(int year, int ancestor)
    {
        var seen = new HashSet<int>();
        for (int? current = year; current is int y && _editions.TryGetValue(y, out var edition); current = edition.BasedOn)
        {
            if (y == ancestor || !seen.Add(y))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The editions with every base before the editions derived from it; ties in year order.</summary>
    private IEnumerable<EditionDeclaration> InResolutionOrder()
        => _editions.Values.OrderBy(Depth).ThenBy(e => e.Year);

    private int Depth(EditionDeclaration edition)
    {
        var depth = 0;
        var seen = new HashSet<int> { edition.Year };
        for (var current = edition; current.BasedOn is int b && _editions.TryGetValue(b, out var next) && seen.Add(b); current = next)
        {
            depth++;
        }

        return depth;
    }

    private void DeclareSystems()
    {
        foreach (var system in _manifest.CodeSystems)
        {
            if (_systems.ContainsKey(system.Id) || _systems.Values.Any(s => s.TypeName == system.TypeName))
            {
                Report(SchemaDiagnostics.DuplicateDeclaration, system.IdSpan, "code system", system.Id + " / " + system.TypeName);
                continue;
            }

            _systems.Add(system.Id, system);
        }
    }

    /// <summary>Checks that an edition is declared; reports BDG0007 at <paramref name="span"/> when not.</summary>
    private bool CheckEdition(int year, SourceSpan span)
    {
        if (_editions.ContainsKey(year))
        {
            return true;
        }

        Report(SchemaDiagnostics.UnknownEdition, span, year.ToString(System.Globalization.CultureInfo.InvariantCulture), KnownEditions(_ => true));
        return false;
    }

    private string KnownEditions(Func<int, bool> filter)
    {
        var years = _editions.Keys.Where(filter).OrderBy(y => y).ToList();
        return years.Count == 0 ? "(none)" : string.Join(", ", years);
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, span, arguments));
}
