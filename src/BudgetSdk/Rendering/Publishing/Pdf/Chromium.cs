using System.Diagnostics;
using System.Text;

namespace BudgetSdk.Rendering.Publishing.Pdf;

/// <summary>
/// Headless Chromium, found on this machine and run once per job: BUDGETSDK_CHROMIUM when set, else the first of
/// chromium, chromium-browser, google-chrome on PATH. Each run gets its own profile directory (so parallel runs do not
/// share a lock), no network beyond file:// and a time limit after which the whole process tree is killed.
/// </summary>
internal static class Chromium
{
    public const string Variable = "BUDGETSDK_CHROMIUM";

    public const string Install = "install Chromium and CJK fonts (apt-get install chromium fonts-noto-cjk) or set BUDGETSDK_CHROMIUM to the path of a Chromium or Chrome executable";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Why <see cref="Find"/> found nothing, and what to do about it.</summary>
    public static string Missing()
        => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? $"PDF needs headless Chromium, but {Variable} is {configured}, which does not exist: {Install}"
            : $"PDF needs headless Chromium, which was not found on PATH: {Install}";

    /// <summary>The Chromium executable, or null when there is none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        return ExecutableSearch.OnPath(Names);
    }

    /// <summary>Runs Chromium headless on a page with the job's own flags (--print-to-pdf=…, --screenshot=…).</summary>
    /// <param name="executable">From <see cref="Find"/>.</param>
    /// <param name="page">The page: a file:// address, with a fragment where the view should start.</param>
    /// <param name="workDirectory">A directory of the caller's, for the profile.</param>
    /// <param name="job">The flags that say what to make.</param>
    public static void Run(string executable, Uri page, string workDirectory, IEnumerable<string> job)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in Flags(workDirectory).Concat(job).Append(page.AbsoluteUri))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new PublishingException($"Chromium could not be started ({executable}): {Install}");
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data);
        process.OutputDataReceived += (_, e) => Append(errors, e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new PublishingException($"Chromium did not finish within {Timeout.TotalSeconds:0} s ({executable}) and was stopped");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new PublishingException($"Chromium exited with code {process.ExitCode} ({executable}): {Tail(errors)}");
        }
    }

    private static IEnumerable<string> Flags(string workDirectory) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-sync",
        "--disable-component-update",
        "--disable-default-apps",
        "--mute-audio",
        // The page is a local file with no external resources: resolve no host name at all.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + Path.Combine(workDirectory, "profile"),
    ];

    private static void Append(StringBuilder errors, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (errors)
        {
            errors.AppendLine(line);
        }
    }

    private static string Tail(StringBuilder errors)
    {
        lock (errors)
        {
            var text = errors.ToString().Trim();
            return text.Length <= 600 ? text : text[^600..];
        }
    }
}
