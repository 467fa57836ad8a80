namespace BudgetSdk.Testing;

/// <summary>
/// Where the repository is, for the test and benchmark projects that read its files (snapshots, README, the seed
/// documents in ../shared). One file, linked into each of those projects, so that the walk is written once.
/// </summary>
internal static class RepositoryLayout
{
    private const string Marker = "BudgetSdk.sln";

    private static readonly Lazy<string> RootLazy = new(Locate);

    /// <summary>
    /// The directory holding BudgetSdk.sln, found by walking up from the binaries — a test or a BenchmarkDotNet child
    /// process runs under bin/, and CI maps source paths, so neither the working directory nor [CallerFilePath] can
    /// be trusted alone — then from the working directory.
    /// </summary>
    public static string Root => RootLazy.Value;

    private static string Locate()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, Marker)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"no directory containing {Marker} found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; the repository's files are located relative to it");
    }
}
