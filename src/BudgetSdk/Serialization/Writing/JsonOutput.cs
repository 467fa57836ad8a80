using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetSdk.Serialization.Writing;

/// <summary>
/// The one way this library writes a JSON document: UTF-8 without a byte order mark, indented, <c>\n</c> line ends
/// on every platform, Chinese unescaped, a final newline — so equal documents are equal bytes.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Chinese text stays readable; the relaxed encoder still escapes control characters and quotes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        // Before .NET 9 the writer uses Environment.NewLine. A CR can only be structural white space, since strings
        // escape it, so dropping every CR gives the same bytes on every platform.
        var written = buffer.WrittenSpan;
        var output = new byte[written.Length - written.Count((byte)'\r') + 1];
        var length = 0;
        foreach (var b in written)
        {
            if (b != (byte)'\r')
            {
                output[length++] = b;
            }
        }

        output[length] = (byte)'\n';
        return output;
    }
}
