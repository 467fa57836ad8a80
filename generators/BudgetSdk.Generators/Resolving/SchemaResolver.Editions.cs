using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Resolving;

// Editions declared by a codes file (basedOn), and the resolved codes of every edition, for a project's schema.
internal sealed partial class SchemaResolver
{
    private readonly List<ResolvedEdition> _catalogs = new();

    /// <summary>
    /// A codes file with <c>basedOn</c> declares its edition: a project that references BudgetSdk has no manifest, so this
    /// is how it adds 2025. Where the manifest (or another file) declares the edition too, the bases must agree.
    /// </summary>
    private void DeclareFileEditions(IEnumerable<CodeListModel> lists)
    {
        foreach (var list in lists)
        {
            var basedOn = list.BasedOn!.Value;
            if (!_editions.TryGetValue(list.Edition, out var declared))
            {
                _editions.Add(list.Edition, new EditionDeclaration(list.Edition, basedOn, list.EditionSpan, list.BasedOnSpan));
            }
            else if (declared.BasedOn != basedOn)
            {
                var declaredBase = declared.BasedOn is int b ? "based on " + Year(b) : "with no base";
                Report(SchemaDiagnostics.InvalidProperty, list.BasedOnSpan,
                    $"edition {Year(list.Edition)} is declared {declaredBase} at {declared.YearSpan}; expected this file's basedOn to agree, or no basedOn");
            }
        }
    }
}

/// <summary>The codes of every edition, in resolution order (a base before the editions derived from it), and the problems.</summary>
internal sealed record ResolvedCatalogs(IReadOnlyList<ResolvedEdition> Editions, IReadOnlyList<DiagnosticInfo> Diagnostics);

/// <summary>One edition of one code system as resolved: every code in code order, the changes from its base and its sources.</summary>
internal sealed record ResolvedEdition(
    CodeSystemDeclaration System,
    EditionDeclaration Edition,
    IReadOnlyList<ResolvedCode> Codes,
    EquatableArray<ResolvedChange> Changes,
    EquatableArray<string> Sources);
