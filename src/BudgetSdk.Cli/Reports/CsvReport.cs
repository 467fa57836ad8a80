using System.Globalization;
using System.Text;
using BudgetSdk.Rendering.Publishing.Csv;

namespace BudgetSdk.Cli.Reports;

/// <summary>
/// The audit as CSV for a spreadsheet (RFC 4180: CRLF, a field quoted when it holds a comma, quote or line break):
/// a header row, then one row per finding of every document in order: file, rule, severity, location, printed,
/// expected, message, line.
/// </summary>
internal static class CsvReport
{
    public static void Write(IEnumerable<AuditedDocument> documents, TextWriter output)
    {
        Row(output, "file", "rule", "severity", "location", "printed", "expected", "message", "line");
        foreach (var audited in documents)
        {
            foreach (var f in audited.Report.Findings)
            {
                var line = f.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                Row(output, audited.Path, f.Rule, JsonReport.Level(f.Severity), f.Location, f.Printed ?? string.Empty, f.Expected ?? string.Empty, f.Message, line);
            }
        }
    }

    // One record, quoted as the library's CSV tables are (CsvText: RFC 4180, CRLF).
    private static void Row(TextWriter output, params string[] fields)
    {
        var record = new StringBuilder();
        CsvText.AppendRecord(record, fields);
        output.Write(record);
    }
}
