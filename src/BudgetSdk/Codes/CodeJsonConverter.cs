using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetSdk.Codes;

/// <summary>
/// Reads and writes a code as its code string (<c>"2010301"</c>). No reflection: safe under AOT and trimming.
/// Reading a string that is not a code of the catalog's edition throws <see cref="JsonException"/> naming it.
/// </summary>
/// <typeparam name="TCode">The generated code type.</typeparam>
public abstract class CodeJsonConverter<TCode> : JsonConverter<TCode>
    where TCode : ClassificationCode<TCode>
{
    private readonly CodeCatalog<TCode> _catalog;

    /// <summary>Creates a converter that reads codes of <paramref name="catalog"/>'s edition.</summary>
    protected CodeJsonConverter(CodeCatalog<TCode> catalog) => _catalog = catalog;

    /// <inheritdoc />
    public override TCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            var found = reader.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
                ? $"{reader.TokenType} {System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan)}"
                : reader.TokenType.ToString();
            throw new JsonException($"expected a {_catalog.CodeSystem.Title} code as a string such as \"{(_catalog.Count > 0 ? _catalog[0].Code : "")}\", found {found}");
        }

        // Codes are short; decode onto the stack so that reading allocates nothing.
        Span<char> buffer = stackalloc char[32];
        if (!reader.HasValueSequence && reader.ValueSpan.Length <= buffer.Length && !reader.ValueIsEscaped)
        {
            var length = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
            if (_catalog.TryParse(buffer[..length], out var code))
            {
                return code;
            }
        }

        var text = reader.GetString();
        return _catalog.TryParse(text, out var parsed)
            ? parsed
            : throw new JsonException($"'{text}' is not a code of {_catalog.CodeSystem.Title} edition {_catalog.Edition}; expected one of its {_catalog.CodeSystem.DescribeLengths()}-digit codes");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Code);
    }
}
