using Microsoft.Extensions.FileSystemGlobbing;

namespace BudgetSdk.Cli.Batch;

/// <summary>One document of a batch: its path as the user would name it, or why the argument named none.</summary>
/// <param name="Path">The file, or the argument that matched nothing.</param>
/// <param name="Refusal">Why it gives no file (a glob that matches none), else null.</param>
internal sealed record BatchInput(string Path, string? Refusal = null);

/// <summary>
/// The files that <c>budget audit</c>'s arguments name: a file as it is; a folder's files, recursively, hidden files
/// and folders (a name starting with a dot) skipped; a glob (<c>*.pdf</c>, <c>docs/**/*.txt</c>) matched from its
/// fixed leading folders. In ordinal path order, each once, so a run's order never depends on the file system's.
/// </summary>
internal static class BatchInputs
{
    /// <summary>Whether the arguments ask for a batch: more than one, a folder, or a glob.</summary>
    public static bool IsBatch(IReadOnlyList<string> arguments)
        => arguments.Count != 1 || Directory.Exists(arguments[0]) || IsGlob(arguments[0]);

    public static IReadOnlyList<BatchInput> Expand(IEnumerable<string> arguments)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var unmatched = new List<BatchInput>();
        foreach (var argument in arguments)
        {
            var found = Directory.Exists(argument) ? InFolder(argument, "**/*")
                : IsGlob(argument) ? Glob(argument)
                : [argument];
            if (found.Count == 0)
            {
                unmatched.Add(new BatchInput(argument, Directory.Exists(argument) ? "the folder holds no file" : "the glob matches no file"));
            }

            files.UnionWith(found);
        }

        return files.Select(f => new BatchInput(f)).Concat(unmatched).OrderBy(i => i.Path, StringComparer.Ordinal).ToArray();
    }

    // A file whose name holds * or ? is read as that file; only a name that is none is a pattern.
    private static bool IsGlob(string argument) => argument.AsSpan().IndexOfAny('*', '?') >= 0 && !File.Exists(argument);

    private static List<string> Glob(string pattern)
    {
        var parts = pattern.Split('/', '\\');
        var fixedParts = parts.TakeWhile(p => p.AsSpan().IndexOfAny('*', '?') < 0).ToArray();
        var folder = fixedParts.Length == 0 ? string.Empty : string.Join('/', fixedParts);
        if (pattern.StartsWith('/') && folder.Length == 0)
        {
            folder = "/";
        }

        return InFolder(folder, string.Join('/', parts.Skip(fixedParts.Length)));
    }

    private static List<string> InFolder(string folder, string pattern)
    {
        var root = folder.Length == 0 ? "." : folder;
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        return matcher.GetResultsInFullPath(root)
            .Select(full => Path.GetRelativePath(root, full))
            .Where(relative => !relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Select(relative => folder.Length == 0 ? relative : Path.Join(folder, relative))
            .ToList();
    }
}
