using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetSdk.Cli.Reports;

/// <summary>Writes JSON the same way for every report: indented, Chinese as it is (not \u escapes), UTF-8.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Relaxed escaping keeps 卢龙县 readable; the output is a file or a pipe, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

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
