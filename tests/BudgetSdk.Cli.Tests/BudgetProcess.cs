using System.Diagnostics;

namespace BudgetSdk.Cli.Tests;

/// <summary>
/// Runs the built <c>budget</c> executable under <c>bash -c</c>, for what only a real process shows: a closed or full
/// standard stream, a FIFO, a device. The script names the executable <c>"$BUDGET"</c>. A run that does not finish
/// within a generous minute is killed and fails the test, so a hang fails rather than hangs.
/// </summary>
public static class BudgetProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public static Outcome Run(string script, string workingDirectory)
    {
        var start = new ProcessStartInfo("bash", new[] { "-c", script })
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["BUDGET"] = Path.Combine(AppContext.BaseDirectory, "budget") },
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{script}` did not finish within {Patience.TotalSeconds} s");
        }

        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
