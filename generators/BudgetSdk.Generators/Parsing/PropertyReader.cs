using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Json;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Parsing;

/// <summary>
/// Reads typed properties from a JSON object, reporting BDG0009 with the path of the property and the type that
/// was expected when one is missing or of the wrong kind.
/// </summary>
internal sealed class PropertyReader
{
    private readonly JsonObject _object;
    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics;

    public PropertyReader(JsonObject obj, string path, List<DiagnosticInfo> diagnostics)
    {
        _object = obj;
        _path = path;
        _diagnostics = diagnostics;
    }

    public JsonObject Object => _object;

    /// <summary>A reader for a nested object that reports into the same list.</summary>
    public PropertyReader Child(JsonObject obj, string path) => new(obj, path, _diagnostics);

    public string? RequiredString(string name) => String(name, required: true);

    public string? OptionalString(string name) => String(name, required: false);

    /// <summary>A string that may be <c>null</c> explicitly (e.g. a line with no 类 code).</summary>
    public bool TryNullableString(string name, out string? value)
    {
        value = null;
        var property = _object.Find(name);
        if (property is null || property.Value.Kind == JsonKind.Null)
        {
            return true;
        }

        if (property.Value is JsonString s)
        {
            value = s.Value;
            return true;
        }

        WrongKind(property, "a string or null");
        return false;
    }

    public int? RequiredInt(string name) => Int(name, required: true);

    public int? OptionalInt(string name) => Int(name, required: false);

    /// <summary>An optional <c>true</c> or <c>false</c>; anything else is reported and read as absent.</summary>
    public bool? OptionalBool(string name)
    {
        var property = Find(name, required: false, "a boolean");
        switch (property?.Value.Kind)
        {
            case null: return null;
            case JsonKind.True: return true;
            case JsonKind.False: return false;
            default:
                WrongKind(property!, "a boolean (true or false)");
                return null;
        }
    }

    public JsonArray? RequiredArray(string name) => Array(name, required: true, "an array");

    public JsonArray? OptionalArray(string name) => Array(name, required: false, "an array");

    /// <summary>
    /// An optional array of strings; items of another kind, and blank items when <paramref name="nonBlank"/> is set,
    /// are reported and skipped.
    /// </summary>
    public EquatableArray<string> StringList(string name, bool nonBlank = false)
    {
        var array = Array(name, required: false, "an array of strings");
        if (array is null)
        {
            return EquatableArray<string>.Empty;
        }

        var expected = nonBlank ? "a non-empty string" : "a string";
        var items = new List<string>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            if (item is JsonString s && !(nonBlank && s.Value.Trim().Length == 0))
            {
                items.Add(s.Value);
            }
            else
            {
                Report(item.Span, $"{_path}.{name}[{i}] is {(item is JsonString ? "a blank string" : Found(item))}; expected {expected}");
            }
        }

        return items.ToEquatableArray();
    }

    /// <summary>The span of a property's value, or of the whole object when the property is absent.</summary>
    public SourceSpan SpanOf(string name) => _object.Find(name)?.Value.Span ?? _object.Span;

    public void Report(SourceSpan span, string message) => Add(SchemaDiagnostics.InvalidProperty.Id, span, message);

    public void Add(string id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, span, arguments));

    private string? String(string name, bool required)
    {
        var property = Find(name, required, "a string");
        if (property is null)
        {
            return null;
        }

        if (property.Value is JsonString s)
        {
            return s.Value;
        }

        WrongKind(property, "a string");
        return null;
    }

    private int? Int(string name, bool required)
    {
        var property = Find(name, required, "an integer");
        if (property is null)
        {
            return null;
        }

        if (property.Value is JsonNumber n && n.TryGetInt32(out var value))
        {
            return value;
        }

        WrongKind(property, "an integer");
        return null;
    }

    private JsonArray? Array(string name, bool required, string expected)
    {
        var property = Find(name, required, expected);
        if (property is null)
        {
            return null;
        }

        if (property.Value is JsonArray array)
        {
            return array;
        }

        WrongKind(property, expected);
        return null;
    }

    private JsonProperty? Find(string name, bool required, string expected)
    {
        var property = _object.Find(name);
        if (property is null && required)
        {
            Report(_object.Span, $"{_path} has no property '{name}'; expected {expected}");
        }

        return property;
    }

    private void WrongKind(JsonProperty property, string expected)
    {
        Report(property.Value.Span, $"{_path}.{property.Name} is {Found(property.Value)}; expected {expected}");
    }

    /// <summary>What a value is, for a message; a number is quoted so that "2023" and 2023 can be told apart.</summary>
    private static string Found(JsonValue value) => value is JsonNumber n ? $"the number {n.Text}" : value.Describe();
}
