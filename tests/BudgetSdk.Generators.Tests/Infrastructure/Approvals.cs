namespace BudgetSdk.Generators.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots (Verify is not available from this project's package registry). A mismatch fails and
/// writes <c>NAME.received.cs</c> beside the approved file for review; set BUDGETSDK_ACCEPT=1 locally to
/// accept. Under CI (CI=true) nothing is written, so a stale snapshot can only fail.
/// </summary>
internal static class Approvals
{
    public static void Verify(string name, string actual)
    {
        var directory = SnapshotDirectory.Value;
        var approvedPath = Path.Combine(directory, name + ".approved.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
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

    // Found from the test binaries rather than [CallerFilePath]: CI builds map source paths to /_/ (deterministic).
    private static readonly Lazy<string> SnapshotDirectory = new(() => Path.Combine(BudgetSdk.Testing.RepositoryLayout.Root, "tests", "BudgetSdk.Generators.Tests", "Snapshots"));

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
