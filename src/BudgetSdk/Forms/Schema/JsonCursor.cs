using System.Globalization;
using System.Text.Json;

namespace BudgetSdk.Forms.Schema;

/// <summary>
/// A JSON element with its path, reading typed values and failing with the path and what was expected, so that the form
/// parser states its grammar once per property and never reports a bare "invalid JSON".
/// </summary>
internal readonly struct JsonCursor
{
    public JsonCursor(string file, string path, JsonElement element)
    {
        File = file;
        Path = path;
        Element = element;
    }

    public string File { get; }

    public string Path { get; }

    public JsonElement Element { get; }

    public FormSchemaException Error(string message) => new(File, Path, message);

    public JsonCursor Required(string name)
    {
        RequireObject();
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonCursor(File, $"{Path}.{name}", value)
            : throw new FormSchemaException(File, $"{Path}.{name}", "missing; expected a value");
    }

    public JsonCursor? Optional(string name)
    {
        RequireObject();
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonCursor(File, $"{Path}.{name}", value)
            : null;
    }

    public void RequireObject()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error($"is {Describe(Element)}; expected an object");
        }
    }

    /// <summary>Fails on a property the grammar does not know (a misspelt <c>sum</c> for <c>sums</c> must not pass silently).</summary>
    public void AllowOnly(params string[] names)
    {
        RequireObject();
        foreach (var property in Element.EnumerateObject())
        {
            if (Array.IndexOf(names, property.Name) < 0 && property.Name != "$schema" && property.Name != "notes")
            {
                throw new FormSchemaException(File, $"{Path}.{property.Name}", $"is not a property here; expected one of {string.Join(", ", names)}");
            }
        }
    }

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String)
        {
            throw Error($"is {Describe(Element)}; expected a string");
        }

        var text = Element.GetString()!;
        return text.Trim().Length == 0 ? throw Error("is blank; expected text") : text;
    }

    public int Int(int min, int max)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out var value) || value < min || value > max)
        {
            throw Error($"is {Describe(Element)}; expected an integer from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    public bool Bool() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error($"is {Describe(Element)}; expected true or false"),
    };

    public IReadOnlyList<JsonCursor> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Error($"is {Describe(Element)}; expected an array");
        }

        var items = new List<JsonCursor>();
        var i = 0;
        foreach (var item in Element.EnumerateArray())
        {
            items.Add(new JsonCursor(File, $"{Path}[{i++}]", item));
        }

        return items;
    }

    public IReadOnlyList<string> Strings(bool nonEmpty)
    {
        var strings = Items().Select(i => i.String()).ToArray();
        if (nonEmpty && strings.Length == 0)
        {
            throw Error("is empty; expected at least one string");
        }

        return strings;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
