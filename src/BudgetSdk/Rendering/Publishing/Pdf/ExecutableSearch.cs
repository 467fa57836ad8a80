namespace BudgetSdk.Rendering.Publishing.Pdf;

/// <summary>Where a program is on PATH, as a shell would find it: the first directory holding one of the names.</summary>
internal static class ExecutableSearch
{
    /// <summary>The full path of the first of <paramref name="names"/> found on PATH, directory by directory, or null.</summary>
    public static string? OnPath(params string[] names)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}
