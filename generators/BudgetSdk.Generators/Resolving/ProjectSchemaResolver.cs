using System.Collections.Immutable;
using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Resolving;

/// <summary>
/// Resolves the schema files of a project that references BudgetSdk as extensions of the shipped schema: its codes
/// files add editions (<c>basedOn</c> a shipped one) or codes to existing ones. Emits only what the project changes,
/// each edition as its difference from the catalog it starts from, and the module initializer that registers them.
/// </summary>
internal static class ProjectSchemaResolver
{
    /// <summary>The shipped code types; a project's editions are editions of these.</summary>
    private const string Runtime = "global::BudgetSdk.Codes";

    public static ResolvedSchema Resolve(ImmutableArray<SchemaFile> unordered, string @namespace)
    {
        // A project that only uses the shipped codes has nothing to resolve: the shipped schema is not even read.
        if (unordered.IsDefaultOrEmpty)
        {
            return new ResolvedSchema(EquatableArray<EmitUnit>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        var files = unordered.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var file in files)
        {
            CheckKind(file, diagnostics);
        }

        // Every file but a manifest goes to the resolver, which reports their parse diagnostics and reads the codes files.
        var codeFiles = files.Where(f => f.Manifest is null).ToList();
        diagnostics.AddRange(files.Where(f => f.Manifest is not null).SelectMany(f => f.Diagnostics));
        var shipped = ShippedSchema.Files.Where(f => f.Manifest is not null || f.Codes is not null);

        // The shipped files first: a project's change applies to what the shipped files of its edition define.
        var combined = SchemaResolver.ResolveCatalogs(shipped.Concat(codeFiles).ToList());
        var paths = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        diagnostics.AddRange(combined.Diagnostics.Where(d => paths.Contains(d.Span.Path) || d.Id == SchemaDiagnostics.InternalError.Id).Select(ForProject));

        var units = new List<EmitUnit>();
        var emitted = new Dictionary<(string System, int Year), ProjectEditionUnit>();
        var byKey = combined.Editions.ToDictionary(e => (e.System.Id, e.Edition.Year));
        var shippedByKey = ShippedSchema.Catalogs.Editions.ToDictionary(e => (e.System.Id, e.Edition.Year));
        foreach (var edition in combined.Editions)
        {
            var key = (edition.System.Id, edition.Edition.Year);
            var unit = Difference(@namespace, edition, shippedByKey, byKey, emitted);
            if (unit is null)
            {
                if (!shippedByKey.ContainsKey(key))
                {
                    ReportNoBase(edition, codeFiles, diagnostics);
                }

                continue;
            }

            if (shippedByKey.ContainsKey(key) && unit.Added.Count == 0 && unit.Replaced.Count == 0 && unit.Removed.Count == 0)
            {
                continue;
            }

            emitted[key] = unit;
            units.Add(unit);
        }

        if (units.Count > 0)
        {
            units.Add(new ProjectSchemaUnit(@namespace, emitted.Values.Select(u => new ProjectEditionReference(u.TypeName, u.ClassName)).ToEquatableArray()));
        }

        return new ResolvedSchema(units.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The edition as a difference: from the shipped catalog of its year when there is one, else from its base (the
    /// project's own catalog of that year when the project emits one). Null when it has neither.
    /// </summary>
    private static ProjectEditionUnit? Difference(
        string @namespace,
        ResolvedEdition edition,
        Dictionary<(string, int), ResolvedEdition> shipped,
        Dictionary<(string, int), ResolvedEdition> combined,
        Dictionary<(string, int), ProjectEditionUnit> emitted)
    {
        var system = edition.System;
        var year = edition.Edition.Year;
        string baseCatalog;
        string description;
        ResolvedEdition reference;
        if (shipped.TryGetValue((system.Id, year), out var same))
        {
            (baseCatalog, description, reference) = (Shipped(system, year), $"BudgetSdk's edition {year}", same);
        }
        else if (edition.Edition.BasedOn is int b && combined.TryGetValue((system.Id, b), out var basis))
        {
            baseCatalog = emitted.TryGetValue((system.Id, b), out var own) ? $"global::{@namespace}.{own.ClassName}.Catalog" : Shipped(system, b);
            (description, reference) = ($"edition {b}", basis);
        }
        else
        {
            return null;
        }

        var before = reference.Codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var after = new HashSet<string>(edition.Codes.Select(c => c.Code), StringComparer.Ordinal);
        var added = edition.Codes.Where(c => !before.ContainsKey(c.Code)).ToEquatableArray();
        var replaced = edition.Codes.Where(c => before.TryGetValue(c.Code, out var old) && !SameEntry(old, c)).ToEquatableArray();
        var removed = reference.Codes.Where(c => !after.Contains(c.Code)).Select(c => c.Code).ToEquatableArray();
        return new ProjectEditionUnit(@namespace, system.TypeName, system.Title, year, edition.Edition.BasedOn, baseCatalog, description,
            added, replaced, removed, edition.Changes, edition.Sources);
    }

    /// <summary>BDG0007 names the shipped manifest's editions; a project has no manifest, so it is told how to declare one.</summary>
    private static DiagnosticInfo ForProject(DiagnosticInfo info)
        => info.Id == SchemaDiagnostics.UnknownEdition.Id && info.Arguments.Count == 2
            ? DiagnosticInfo.Create(info.Id, info.Span, info.Arguments[0],
                info.Arguments[1] + "; a project declares an edition of its own in its codes file with \"basedOn\", e.g. \"edition\": 2025, \"basedOn\": 2024")
            : info;

    private static bool SameEntry(ResolvedCode a, ResolvedCode b)
        => a.Name == b.Name && a.Notes == b.Notes && a.Aliases.Equals(b.Aliases);

    private static string Shipped(CodeSystemDeclaration system, int year) => $"{Runtime}.{system.TypeName}.Edition{year}.Catalog";

    /// <summary>A project's files hold code lists; the other kinds (and a manifest of its own) are reported where they say so.</summary>
    private static void CheckKind(SchemaFile file, List<DiagnosticInfo> diagnostics)
    {
        if (file.Manifest is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.ManifestProblem.Id, file.KindSpan,
                "a project that references BudgetSdk extends the shipped manifest and has none of its own; expected a codes file that declares a new edition with \"basedOn\", e.g. \"edition\": 2025, \"basedOn\": 2024"));
        }

        var kind = file.Framework is not null ? "indicatorFramework" : file.LineSet is not null ? "lineSet" : file.Form is not null ? "form" : null;
        if (kind is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.ProjectKind.Id, file.KindSpan, kind));
        }
    }

    private static void ReportNoBase(ResolvedEdition edition, List<SchemaFile> files, List<DiagnosticInfo> diagnostics)
    {
        var list = files.Select(f => f.Codes).FirstOrDefault(c => c is not null && c.CodeSystem == edition.System.Id && c.Edition == edition.Edition.Year);
        if (list is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.InvalidProperty.Id, list.EditionSpan,
                $"edition {edition.Edition.Year} of {edition.System.Id} has no codes in BudgetSdk to start from; expected \"basedOn\" an edition that has them, e.g. 2024"));
        }
    }
}
