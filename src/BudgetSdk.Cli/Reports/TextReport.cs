using BudgetSdk.Audit;
using BudgetSdk.Rules;

namespace BudgetSdk.Cli.Reports;

/// <summary>The audit for a reader: errors, then warnings, one finding a line, then the summary line.</summary>
internal static class TextReport
{
    public static void Write(AuditedDocument audited, TextWriter output)
    {
        output.WriteLine($"{audited.Path}: {audited.Title}");
        foreach (var (severity, heading) in new[] { (Severity.Error, "errors"), (Severity.Warning, "warnings") })
        {
            var findings = audited.Report.Findings.Where(f => f.Severity == severity).ToArray();
            if (findings.Length == 0)
            {
                continue;
            }

            output.WriteLine(heading + ":");
            foreach (var finding in findings)
            {
                output.WriteLine("  " + Line(finding));
            }
        }

        output.WriteLine(audited.Summary);
    }

    /// <summary><c>BDR0705 T9/合计/合计 (line 361): printed blank, expected 15.50; 合计 is not the sum of …</c>.</summary>
    public static string Line(Finding finding)
    {
        var at = finding.Line is { } line ? $" (line {line})" : string.Empty;
        return $"{finding.Rule} {finding.Location}{at}: {Describe(finding)}";
    }

    /// <summary>What was printed, what was expected, and why: <c>printed blank, expected 15.50; 合计 is not …</c>.</summary>
    public static string Describe(Finding finding)
        => finding.Printed is null && finding.Expected is null
            ? finding.Message
            : $"printed {finding.Printed ?? "-"}, expected {finding.Expected ?? "-"}; {finding.Message}";
}
