using System.Text;
using System.Text.Json;

namespace BudgetSdk.Cli.Reports;

/// <summary>
/// Writes every report's JSON the way the library writes its documents (indented, Chinese as it is, <c>\n</c> line
/// ends, a final newline), by calling the library's own writer rather than a copy of its settings.
/// </summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
        => output.Write(Encoding.UTF8.GetString(BudgetSdk.Serialization.Writing.JsonOutput.Write(write)));

    /// <summary>A string property, or null when there is no value.</summary>
    public static void StringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
