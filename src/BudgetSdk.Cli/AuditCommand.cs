using BudgetSdk.Audit;
using BudgetSdk.Cli.Reports;

namespace BudgetSdk.Cli;

/// <summary><c>budget audit &lt;file&gt; [--format text|json|sarif|csv]</c>: every rule the printed document breaks.</summary>
internal static class AuditCommand
{
    public static readonly string[] Formats = { "text", "json", "sarif", "csv" };

    public static int Run(string path, string format, TextWriter stdout)
    {
        var document = DocumentReader.Read(path);
        var audited = new AuditedDocument(path, document.Header, document.Audit());
        Action<AuditedDocument, TextWriter> write = format switch
        {
            "json" => JsonReport.Write,
            "sarif" => SarifReport.Write,
            "csv" => (one, output) => CsvReport.Write([one], output),
            _ => TextReport.Write,
        };
        write(audited, stdout);
        return audited.Report.HasErrors ? ExitCodes.RuleBroken : ExitCodes.Ok;
    }
}
