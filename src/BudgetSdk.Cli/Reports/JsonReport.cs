using System.Text.Json;
using BudgetSdk.Rules;

namespace BudgetSdk.Cli.Reports;

/// <summary>
/// The audit for programs: <c>{"file", "department", "summary", "findings": [{"rule", "severity", "location",
/// "printed", "expected", "message", "line"}]}</c>, in the report's order, so the same input gives the same bytes.
/// </summary>
internal static class JsonReport
{
    public static void Write(AuditedDocument audited, TextWriter output) => JsonOutput.Write(output, json => Document(json, audited));

    /// <summary>One document's report object, as <see cref="Write"/> prints it and a batch's report lists it.</summary>
    public static void Document(Utf8JsonWriter json, AuditedDocument audited)
    {
        var header = audited.Header;
        json.WriteStartObject();
        json.WriteString("file", audited.Path);
        json.WriteStartObject("department");
        json.WriteString("region", header.RegionCode);
        json.WriteString("code", header.DepartmentCode);
        json.WriteString("name", header.DepartmentName);
        json.WriteNumber("year", header.Year);
        json.WriteEndObject();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", audited.Report.ErrorCount);
        json.WriteNumber("warnings", audited.Report.WarningCount);
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in audited.Report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.Rule);
            json.WriteString("severity", Level(finding.Severity));
            json.WriteString("location", finding.Location);
            json.StringOrNull("printed", finding.Printed);
            json.StringOrNull("expected", finding.Expected);
            json.WriteString("message", finding.Message);
            if (finding.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
            else
            {
                json.WriteNull("line");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The severity as JSON and SARIF name it.</summary>
    public static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
