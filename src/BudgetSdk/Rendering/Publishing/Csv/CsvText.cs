using System.Text;

namespace BudgetSdk.Rendering.Publishing.Csv;

/// <summary>Records as RFC 4180 text: fields joined by commas, a field quoted when it holds a comma, a quote, CR or LF,
/// its quotes doubled.</summary>
internal static class CsvText
{
    /// <summary>
    /// The record separator. RFC 4180 prescribes CRLF, and Excel, the tool these files travel to, splits records on it;
    /// a bare LF also opens there, but CRLF is what every reader of the RFC accepts.
    /// </summary>
    public const string LineEnd = "\r\n";

    public static void AppendRecord(StringBuilder text, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            AppendField(text, field ?? string.Empty);
        }

        text.Append(LineEnd);
    }

    private static void AppendField(StringBuilder text, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }

        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
