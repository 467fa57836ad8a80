using Spectre.Console;

namespace BudgetSdk.Cli.Batch;

/// <summary>A batch's summary for a reader: plain aligned text, or Spectre tables on a terminal.</summary>
internal static class SummaryText
{
    public static void Write(RunSummary summary, TextWriter output, bool terminal)
    {
        if (terminal)
        {
            Tables(summary, output);
            return;
        }

        output.WriteLine($"summary: {summary.Read + summary.Refused.Count} documents, {summary.Read} read, {summary.Refused.Count} refused; {summary.Errors} errors, {summary.Warnings} warnings");
        if (summary.Refused.Count > 0)
        {
            output.WriteLine("refused:");
            foreach (var (path, reason) in summary.Refused)
            {
                output.WriteLine($"  {path}: {reason}");
            }
        }

        if (summary.ByRule.Count > 0)
        {
            output.WriteLine("by rule:");
            foreach (var (rule, (errors, warnings)) in summary.ByRule)
            {
                output.WriteLine($"  {rule}  {errors} errors, {warnings} warnings");
            }
        }

        var worst = summary.Worst.ToArray();
        if (worst.Length > 0)
        {
            output.WriteLine("worst documents:");
            foreach (var (path, errors, warnings) in worst)
            {
                output.WriteLine($"  {path}  {errors} errors, {warnings} warnings");
            }
        }
    }

    private static void Tables(RunSummary summary, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var documents = new Table().AddColumns("documents", "read", "refused", "errors", "warnings");
        documents.AddRow($"{summary.Read + summary.Refused.Count}", $"{summary.Read}", $"{summary.Refused.Count}", $"{summary.Errors}", $"{summary.Warnings}");
        console.Write(documents);
        if (summary.Refused.Count > 0)
        {
            var refused = new Table().AddColumns("refused", "reason");
            summary.Refused.ForEach(r => refused.AddRow(Markup.Escape(r.Path), Markup.Escape(r.Reason)));
            console.Write(refused);
        }

        if (summary.ByRule.Count > 0)
        {
            var rules = new Table().AddColumns("rule", "errors", "warnings");
            foreach (var (rule, (errors, warnings)) in summary.ByRule)
            {
                rules.AddRow(rule, $"{errors}", $"{warnings}");
            }

            console.Write(rules);
        }

        var worst = new Table().AddColumns("worst documents", "errors", "warnings");
        foreach (var (path, errors, warnings) in summary.Worst)
        {
            worst.AddRow(Markup.Escape(path), $"{errors}", $"{warnings}");
        }

        if (worst.Rows.Count > 0)
        {
            console.Write(worst);
        }
    }
}
