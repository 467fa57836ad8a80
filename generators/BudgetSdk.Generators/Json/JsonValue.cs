using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Json;

/// <summary>The kinds of JSON value the schema reader distinguishes.</summary>
internal enum JsonKind { Object, Array, String, Number, True, False, Null }

/// <summary>
/// A parsed JSON value that remembers where it stood in the file, so every schema error can point at its token.
/// The generator parses JSON itself: System.Text.Json would have to ship inside the analyzer and may clash with
/// the copy the compiler host has loaded.
/// </summary>
internal abstract class JsonValue
{
    protected JsonValue(JsonKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public JsonKind Kind { get; }

    /// <summary>Where the whole value stands in the file.</summary>
    public SourceSpan Span { get; }

    /// <summary>How the kind is named in messages ("a string", "an array", …).</summary>
    public string Describe() => DescribeKind(Kind);

    public static string DescribeKind(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

internal sealed class JsonObject : JsonValue
{
    public JsonObject(SourceSpan span, IReadOnlyList<JsonProperty> properties) : base(JsonKind.Object, span)
        => Properties = properties;

    public IReadOnlyList<JsonProperty> Properties { get; }

    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>One <c>"name": value</c> pair; <see cref="NameSpan"/> points at the quoted name.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, SourceSpan nameSpan, JsonValue value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }
    public SourceSpan NameSpan { get; }
    public JsonValue Value { get; }
}

internal sealed class JsonArray : JsonValue
{
    public JsonArray(SourceSpan span, IReadOnlyList<JsonValue> items) : base(JsonKind.Array, span) => Items = items;

    public IReadOnlyList<JsonValue> Items { get; }
}

internal sealed class JsonString : JsonValue
{
    public JsonString(SourceSpan span, string value) : base(JsonKind.String, span) => Value = value;

    public string Value { get; }
}

/// <summary>A number kept as its literal text; the schema only needs integers, read with <see cref="TryGetInt32"/>.</summary>
internal sealed class JsonNumber : JsonValue
{
    public JsonNumber(SourceSpan span, string text) : base(JsonKind.Number, span) => Text = text;

    public string Text { get; }

    public bool TryGetInt32(out int value)
        => int.TryParse(Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);
}

internal sealed class JsonLiteral : JsonValue
{
    public JsonLiteral(JsonKind kind, SourceSpan span) : base(kind, span) { }
}
