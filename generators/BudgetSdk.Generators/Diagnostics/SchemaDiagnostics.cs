using Microsoft.CodeAnalysis;

namespace BudgetSdk.Generators.Diagnostics;

/// <summary>
/// The catalogue of schema diagnostics. Ids are stable: once shipped, an id keeps its meaning
/// (see AnalyzerReleases.Shipped.md). Every message says what is wrong and what is expected.
/// </summary>
internal static class SchemaDiagnostics
{
    private const string Category = "BudgetSdk.Schema";

    public static readonly DiagnosticDescriptor MalformedJson = Error(
        "BDG0001", "Malformed JSON in a schema file", "Malformed JSON: {0}");

    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "BDG0002", "Duplicate code", "Code '{0}' appears more than once in {1} edition {2}; each code may be listed once (first at {3})");

    public static readonly DiagnosticDescriptor MissingParent = Error(
        "BDG0003", "Code without its parent", "Code '{0}' needs its parent '{1}' in {2} edition {3}; list the parent code too");

    public static readonly DiagnosticDescriptor InvalidCode = Error(
        "BDG0004", "Invalid code", "Code '{0}' is not valid for {1}: expected only digits, {2} of them");

    public static readonly DiagnosticDescriptor EmptyName = Error(
        "BDG0005", "Empty name", "{0} '{1}' has an empty name; expected the official name");

    public static readonly DiagnosticDescriptor UnknownTierParent = Error(
        "BDG0006", "Unknown tier parent", "Tier '{0}' names parent '{1}', which is not a level-{2} tier of framework '{3}'; expected one of: {4}");

    public static readonly DiagnosticDescriptor UnknownEdition = Error(
        "BDG0007", "Unknown edition", "Edition {0} is not declared in the manifest; expected one of: {1}");

    public static readonly DiagnosticDescriptor UnknownCodeSystem = Error(
        "BDG0008", "Unknown code system", "Code system '{0}' is not declared in the manifest; expected one of: {1}");

    public static readonly DiagnosticDescriptor InvalidProperty = Error(
        "BDG0009", "Missing or invalid property", "{0}");

    public static readonly DiagnosticDescriptor UnknownKind = Error(
        "BDG0010", "Unknown schema file kind", "Unknown kind '{0}'; expected one of: manifest, codes, indicatorFramework, lineSet");

    public static readonly DiagnosticDescriptor ManifestProblem = Error(
        "BDG0011", "Missing or repeated manifest", "{0}");

    public static readonly DiagnosticDescriptor InvalidChange = Error(
        "BDG0012", "Invalid change between editions", "{0}");

    public static readonly DiagnosticDescriptor InvalidLine = Error(
        "BDG0013", "Invalid table line", "{0}");

    public static readonly DiagnosticDescriptor DuplicateDeclaration = Error(
        "BDG0014", "Duplicate declaration", "{0} '{1}' is declared more than once; expected unique {0}s");

    public static readonly DiagnosticDescriptor ProjectKind = Error(
        "BDG0015", "Schema file kind a project cannot add", "A project that references BudgetSdk cannot add a schema file of kind '{0}' yet; expected kind codes (an edition's changes or codes)");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "BDG0099", "Internal generator error", "The BudgetSdk generator failed unexpectedly while reading '{0}': {1}. Please report this with the schema file.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        MalformedJson, DuplicateCode, MissingParent, InvalidCode, EmptyName, UnknownTierParent, UnknownEdition,
        UnknownCodeSystem, InvalidProperty, UnknownKind, ManifestProblem, InvalidChange, InvalidLine,
        DuplicateDeclaration, ProjectKind, InternalError,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    /// <summary>Where each diagnostic is explained: its section of docs/diagnostics.md (anchor = the id in lower case).</summary>
    private const string HelpBase = "https://github.com/budgetsdk/BudgetSdk/blob/main/docs/diagnostics.md#";

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "See docs/diagnostics.md in the BudgetSdk repository for " + id + ".",
            helpLinkUri: HelpBase + id.ToLowerInvariant());
}
