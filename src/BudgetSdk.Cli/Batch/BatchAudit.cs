using BudgetSdk.Audit;
using BudgetSdk.Cli.Reports;

namespace BudgetSdk.Cli.Batch;

/// <summary>
/// <c>budget audit &lt;file|folder|glob&gt;...</c> over many documents: read and audited in parallel, each reduced at
/// once to its findings (the document itself is let go), reported in path order, then the summary. A file that cannot
/// be read is one line of the summary and the run goes on.
/// </summary>
internal static class BatchAudit
{
    public static int Run(IReadOnlyList<string> arguments, string format, TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var inputs = BatchInputs.Expand(arguments);
        var summary = new RunSummary();
        var kept = new List<AuditedDocument>();

        // With the bar and the reports on one terminal, the reports wait for the bar to end so neither garbles the other.
        var reports = format == "text" && terminal.ErrorIsTerminal && terminal.OutputIsTerminal ? new StringWriter() : stdout;
        void Take(Outcome outcome)
        {
            if (outcome.Audited is not { } audited)
            {
                summary.Refuse(outcome.Path, outcome.Refusal!);
                return;
            }

            summary.Add(audited);
            if (format == "text")
            {
                TextReport.Write(audited, reports);
                reports.WriteLine();
            }
            else
            {
                kept.Add(audited);
            }
        }

        terminal.ShowProgressAsync("auditing", inputs.Count, step => OrderedRun.RunAsync(inputs, Audit, Take, step)).GetAwaiter().GetResult();
        if (reports != stdout)
        {
            stdout.Write(reports.ToString());
        }

        switch (format)
        {
            case "json":
                RunJsonReport.Write(kept, summary, stdout);
                break;
            case "sarif":
                SarifReport.Write(kept, stdout);
                break;
            case "csv":
                CsvReport.Write(kept, stdout);
                break;
        }

        // The machine-readable report owns standard output; the reader's summary then goes to standard error.
        SummaryText.Write(summary, format == "text" ? stdout : stderr, format == "text" ? terminal.OutputIsTerminal : terminal.ErrorIsTerminal);
        return summary.Exit;
    }

    private static Outcome Audit(BatchInput input)
    {
        if (input.Refusal is { } refusal)
        {
            return new Outcome(input.Path, null, refusal);
        }

        try
        {
            var document = DocumentReader.Read(input.Path);
            return new Outcome(input.Path, new AuditedDocument(input.Path, document.Header, document.Audit()), null);
        }
        catch (InputException e)
        {
            return new Outcome(input.Path, null, OneLine.Of(e.Message));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader's bug on one file is that file's line, not the end of a run over hundreds.
            return new Outcome(input.Path, null, "unexpected " + e.GetType().Name + ": " + OneLine.Of(e.Message));
        }
    }

    private sealed record Outcome(string Path, AuditedDocument? Audited, string? Refusal);
}
