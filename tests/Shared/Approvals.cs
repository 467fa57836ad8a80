namespace BudgetSdk.Testing;

/// <summary>
/// Approved-file snapshots (Verify is not available from this project's package registry), linked into each test
/// project that keeps them. A mismatch fails and writes <c>NAME.received.EXT</c> beside <c>NAME.approved.EXT</c> for
/// review; set BUDGETSDK_ACCEPT=1 locally to accept. Under CI (CI=true) nothing is written, so a stale snapshot can only
/// fail. Line ends are compared as <c>\n</c>, since git may check a file out with either; a format whose line ends
/// matter asserts them in a test of its own.
/// </summary>
internal static class Approvals
{
    /// <summary>Compares <paramref name="actual"/> with the approved file.</summary>
    /// <param name="directory">The snapshot folder, relative to the repository root.</param>
    /// <param name="name">The snapshot's name.</param>
    /// <param name="extension">The file extension without its dot (<c>cs</c>, <c>csv</c>, <c>md</c>), so editors show the snapshot as what it is.</param>
    /// <param name="actual">The text produced now.</param>
    public static void Verify(string directory, string name, string extension, string actual)
    {
        var folder = Path.Combine(RepositoryLayout.Root, directory);
        var approvedPath = Path.Combine(folder, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
        if (approved == normalized)
        {
            if (File.Exists(receivedPath) && !IsCi)
            {
                File.Delete(receivedPath);
            }

            return;
        }

        if (!IsCi)
        {
            Directory.CreateDirectory(folder);
            if (Environment.GetEnvironmentVariable("BUDGETSDK_ACCEPT") == "1")
            {
                File.WriteAllText(approvedPath, normalized);
                return;
            }

            File.WriteAllText(receivedPath, normalized);
        }

        var detail = approved is null ? "no approved file exists" : FirstDifference(approved, normalized);
        throw new Shouldly.ShouldAssertException(
            $"Snapshot '{name}' differs from {approvedPath}: {detail}." + (IsCi ? string.Empty : $" Review {receivedPath}; rerun with BUDGETSDK_ACCEPT=1 to accept."));
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                return $"line {i + 1}: approved «{left}» but generated «{right}»";
            }
        }

        return "line endings differ";
    }
}
