using System.Text.Json.Nodes;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Schema;

/// <summary>One property of an object shape: its name, the schema of its value, and whether the reader requires it.</summary>
/// <param name="Name">The JSON property name.</param>
/// <param name="Value">The schema of the value.</param>
/// <param name="Required">True when the reader refuses an object without it (docs/json-format.md, rule 3).</param>
internal sealed record SchemaProperty(string Name, JsonObject Value, bool Required);

/// <summary>
/// The few JSON Schema shapes the formats are made of, each built one way so that the schema is deterministic. Every
/// call builds a new node: a node has one parent, and a shape is used in many places.
/// </summary>
internal static class Shapes
{
    /// <summary>The <c>$ref</c> prefix of a shared shape.</summary>
    public const string DefinitionPrefix = "#/$defs/";

    /// <summary>An object of exactly these properties: the readers refuse any other (“nothing is dropped silently”).</summary>
    public static JsonObject Object(string description, params SchemaProperty[] properties)
    {
        var shape = new JsonObject { ["description"] = description, ["type"] = "object" };
        var members = new JsonObject();
        foreach (var property in properties)
        {
            members[property.Name] = property.Value;
        }

        shape["properties"] = members;
        shape["required"] = Strings(properties.Where(p => p.Required).Select(p => p.Name));
        shape["additionalProperties"] = false;
        return shape;
    }

    public static SchemaProperty Required(string name, JsonObject value) => new(name, value, Required: true);

    public static SchemaProperty Optional(string name, JsonObject value) => new(name, value, Required: false);

    public static JsonObject TextValue(string? description = null) => Typed("string", description);

    /// <summary>A string or <c>null</c> (an absent text).</summary>
    public static JsonObject TextOrNull(string? description = null)
        => Typed(Strings(["string", "null"]), description);

    /// <summary>A string the pattern (ECMA-262, anchored) matches.</summary>
    public static JsonObject Pattern(string pattern, string description)
    {
        var shape = TextValue(description);
        shape["pattern"] = pattern;
        return shape;
    }

    public static JsonObject Integer(string? description = null) => Typed("integer", description);

    /// <summary>A whole number or <c>null</c>.</summary>
    public static JsonObject IntegerOrNull(string? description = null) => Typed(Strings(["integer", "null"]), description);

    public static JsonObject Number(string? description = null) => Typed("number", description);

    public static JsonObject Flag(string? description = null) => Typed("boolean", description);

    /// <summary>One of an enum's JSON names (<see cref="JsonNames"/>).</summary>
    public static JsonObject Names<T>(JsonEnum<T> names, string? description = null)
        where T : struct, Enum
    {
        var shape = TextValue(description);
        shape["enum"] = Strings(names.Names);
        return shape;
    }

    /// <summary>One of a few whole numbers, e.g. the editions the schema has code lists for.</summary>
    public static JsonObject OneOf(IEnumerable<int> values, string description)
    {
        var shape = Integer(description);
        shape["enum"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
        return shape;
    }

    /// <summary>One of a few strings, e.g. the ids of the indicator frameworks.</summary>
    public static JsonObject OneOf(IEnumerable<string> values, string description)
    {
        var shape = TextValue(description);
        shape["enum"] = Strings(values);
        return shape;
    }

    public static JsonObject Const(int value, string description) => new() { ["description"] = description, ["const"] = value };

    public static JsonObject Const(string value, string description) => new() { ["description"] = description, ["const"] = value };

    /// <summary>A shared shape of <c>$defs</c>.</summary>
    public static JsonObject Ref(string definition) => new() { ["$ref"] = DefinitionPrefix + definition };

    /// <summary>The shape or <c>null</c> (an absent object or value).</summary>
    public static JsonObject OrNull(JsonObject shape) => new() { ["anyOf"] = new JsonArray(shape, new JsonObject { ["type"] = "null" }) };

    public static JsonObject ListOf(JsonObject items, string? description = null)
    {
        var shape = Typed("array", description);
        shape["items"] = items;
        return shape;
    }

    /// <summary>An array of strings (duties, goals, columns …).</summary>
    public static JsonObject Texts(string? description = null) => ListOf(TextValue(), description);

    // The description comes first, where a reader of the schema looks for it.
    private static JsonObject Typed(JsonNode type, string? description)
    {
        var shape = description is null ? new JsonObject() : new JsonObject { ["description"] = description };
        shape["type"] = type;
        return shape;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
