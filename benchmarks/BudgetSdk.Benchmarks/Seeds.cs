namespace BudgetSdk.Benchmarks;

/// <summary>
/// The published seed documents, in the shared folder beside the repository (../shared/seeds from BudgetSdk.sln).
/// Found by walking up: BenchmarkDotNet runs each benchmark in a child process under bin/, not at the repository root.
/// </summary>
internal static class Seeds
{
    private static readonly Lazy<string> Directory = new(Find);

    /// <summary>Each seed by its number (000, 001 …): the file names' hashes would only widen the result table.</summary>
    public static IEnumerable<string> Names()
        => Files().Select(p => Path.GetFileName(p).Split('_')[0]).Order(StringComparer.Ordinal);

    public static string Text(string number) => File.ReadAllText(Files().Single(p => Path.GetFileName(p).StartsWith(number + "_", StringComparison.Ordinal)));

    private static IEnumerable<string> Files() => System.IO.Directory.EnumerateFiles(Directory.Value, "*.txt");

    private static string Find()
    {
        var seeds = Path.GetFullPath(Path.Combine(BudgetSdk.Testing.RepositoryLayout.Root, "..", "shared", "seeds"));
        return System.IO.Directory.Exists(seeds)
            ? seeds
            : throw new DirectoryNotFoundException($"the seed documents are not at {seeds}; the import and audit benchmarks need the shared/ folder beside the repository");
    }
}
