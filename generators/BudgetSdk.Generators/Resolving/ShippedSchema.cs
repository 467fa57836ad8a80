using System.Text;
using BudgetSdk.Generators.Model;
using BudgetSdk.Generators.Parsing;

namespace BudgetSdk.Generators.Resolving;

/// <summary>
/// The schema BudgetSdk ships (manifest and code lists), embedded in the generator assembly so that a referencing
/// project's build checks its own files against it without any file of ours. Read and resolved once per compiler
/// process: the shipped schema never changes under a running compiler.
/// </summary>
internal static class ShippedSchema
{
    /// <summary>The prefix of the manifest resource names (see the generator's .csproj).</summary>
    private const string ResourcePrefix = "BudgetSdk.Schema/";

    /// <summary>How positions in the shipped files are shown, e.g. <c>BudgetSdk/schema/manifest.budget.json(12,5)</c>.</summary>
    public const string PathPrefix = "BudgetSdk/schema/";

    private static readonly Lazy<List<SchemaFile>> LazyFiles = new(Load);
    private static readonly Lazy<ResolvedCatalogs> LazyCatalogs = new(() => SchemaResolver.ResolveCatalogs(Files));

    /// <summary>The parsed shipped files, in path order.</summary>
    public static List<SchemaFile> Files => LazyFiles.Value;

    /// <summary>Every shipped edition's codes.</summary>
    public static ResolvedCatalogs Catalogs => LazyCatalogs.Value;

    private static List<SchemaFile> Load()
    {
        var assembly = typeof(ShippedSchema).Assembly;
        var files = new List<SchemaFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("the shipped schema resource " + name + " cannot be opened");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var path = PathPrefix + name.Substring(ResourcePrefix.Length).Replace('\\', '/');
            files.Add(SchemaFileParser.Parse(path, reader.ReadToEnd()));
        }

        return files.Any(f => f.Manifest is not null)
            ? files
            : throw new InvalidOperationException("the generator carries no shipped manifest; it was built without ../../schema");
    }
}
