using System.Diagnostics;
using BudgetSdk.Rendering.Publishing.Pdf;

namespace BudgetSdk.Tests.Rendering.Publishing.Html;

/// <summary>poppler-utils' command line tools, to read a printed PDF back: its page count and its text.</summary>
public static class Poppler
{
    /// <summary>The tool on PATH, or null.</summary>
    public static string? Find(string tool) => ExecutableSearch.OnPath(tool);

    /// <summary>pdfinfo's Pages line.</summary>
    public static int Pages(string pdf)
    {
        var line = Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>pdftotext -layout, to standard output.</summary>
    public static string Text(string pdf) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Find(tool)!) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{tool} {string.Join(' ', arguments)}");
        return output;
    }
}
