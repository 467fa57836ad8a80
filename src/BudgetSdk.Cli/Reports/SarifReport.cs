using System.Text.Json;
using BudgetSdk.Audit;
using BudgetSdk.Rules;

namespace BudgetSdk.Cli.Reports;

/// <summary>
/// The audit as SARIF 2.1.0, for code-scanning tools: one run of the tool <c>budget</c> whose rules are the rule
/// catalog and the audit-only rules, one result per finding with our location as its logical location and the
/// file (and the row's line, when known) as its physical location.
/// </summary>
internal static class SarifReport
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly IReadOnlyList<Rule> Rules = RuleCatalog.All.Concat(AuditRules.All).ToArray();

    public static void Write(AuditedDocument audited, TextWriter output) => Write([audited], output);

    /// <summary>One run over every document: an artifact per file, its results pointing at it.</summary>
    public static void Write(IReadOnlyList<AuditedDocument> documents, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("version", "2.1.0");
        json.WriteString("$schema", Schema);
        json.WriteStartArray("runs");
        json.WriteStartObject();
        Driver(json);
        json.WriteStartArray("artifacts");
        foreach (var audited in documents)
        {
            json.WriteStartObject();
            Artifact(json, "location", audited.Path);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var audited in documents)
        {
            foreach (var finding in audited.Report.Findings)
            {
                Result(json, finding, audited.Path);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Driver(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "budget");
        json.WriteString("version", typeof(SarifReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", JsonReport.Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter json, Finding finding, string path)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule);
        var index = Rules.ToList().FindIndex(r => r.Id == finding.Rule);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", JsonReport.Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", TextReport.Describe(finding));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        Artifact(json, "artifactLocation", path);
        if (finding.Line is { } line)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", finding.Location);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.StringOrNull("printed", finding.Printed);
        json.StringOrNull("expected", finding.Expected);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The file as an artifact location: the path as given, with forward slashes (a URI reference).</summary>
    private static void Artifact(Utf8JsonWriter json, string property, string path)
    {
        json.WriteStartObject(property);
        json.WriteString("uri", Path.IsPathRooted(path) ? new Uri(Path.GetFullPath(path)).AbsoluteUri : string.Join('/', path.Split('/', '\\').Select(Uri.EscapeDataString)));
        json.WriteEndObject();
    }
}
