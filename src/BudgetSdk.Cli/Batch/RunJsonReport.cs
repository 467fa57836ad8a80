using BudgetSdk.Cli.Reports;

namespace BudgetSdk.Cli.Batch;

/// <summary>
/// A batch's audit as one JSON object: <c>{"documents": [the single-file report objects, in path order],
/// "refused": [{"file", "reason"}], "summary": {"documents", "read", "refused", "errors", "warnings",
/// "rules": {"BDR0705": {"errors", "warnings"}}}}</c>.
/// </summary>
internal static class RunJsonReport
{
    public static void Write(IReadOnlyList<AuditedDocument> documents, RunSummary summary, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("documents");
        foreach (var audited in documents)
        {
            JsonReport.Document(json, audited);
        }

        json.WriteEndArray();
        json.WriteStartArray("refused");
        foreach (var (path, reason) in summary.Refused)
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteString("reason", reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("documents", summary.Read + summary.Refused.Count);
        json.WriteNumber("read", summary.Read);
        json.WriteNumber("refused", summary.Refused.Count);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteStartObject("rules");
        foreach (var (rule, (errors, warnings)) in summary.ByRule)
        {
            json.WriteStartObject(rule);
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    });
}
