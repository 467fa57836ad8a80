using System.Text;
using System.Text.Json.Nodes;
using BudgetSdk.Serialization.Schema;
using BudgetSdk.Serialization.Writing;

namespace BudgetSdk.Serialization;

/// <summary>
/// A JSON Schema (draft 2020-12) of the JSON formats BudgetSdk reads (docs/json-format.md, “JSON Schema”), so that tools
/// in Python, JavaScript or any other language validate documents and generate types from one model. It says what the
/// readers check of a document's shape: the properties of every object and no others, the required ones, amounts as
/// strings of the reader's pattern, codes as strings of digits, the JSON names of enums, the editions and indicator
/// frameworks the schema ships. What needs the code lists or the rules — whether a code is in the edition, whether the
/// tables add up — is left to the reader.
/// </summary>
public static class DisclosureJsonSchema
{
    /// <summary>The JSON Schema dialect: draft 2020-12.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The schema's <c>$id</c>: a URN, since the format has no web address of its own.</summary>
    /// <param name="format">The format.</param>
    public static string IdOf(JsonFormat format) => format switch
    {
        JsonFormat.Disclosure => $"urn:budgetsdk:json-schema:disclosure:{DisclosureJson.FormatVersion}",
        JsonFormat.FormFacts => $"urn:budgetsdk:json-schema:form-facts:{DisclosureJson.FormatVersion}",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a JsonFormat: Disclosure or FormFacts"),
    };

    /// <summary>
    /// The schema of a format as JSON text: deterministic (the same BudgetSdk gives the same bytes), indented, <c>\n</c>
    /// line ends, Chinese unescaped, with the shared shapes the root uses under <c>$defs</c>.
    /// </summary>
    /// <param name="format">The format.</param>
    public static string Write(JsonFormat format)
    {
        var root = new JsonObject { ["$schema"] = Dialect, ["$id"] = IdOf(format), ["title"] = Title(format) };
        foreach (var (key, value) in Root(format).ToArray())
        {
            value!.Parent!.AsObject().Remove(key);
            root[key] = value;
        }

        var used = Used(root);
        var definitions = new JsonObject();
        foreach (var (name, build) in RootShapes.Definitions.Where(d => used.Contains(d.Name)))
        {
            definitions[name] = build();
        }

        root["$defs"] = definitions;
        return Encoding.UTF8.GetString(JsonOutput.Write(writer => root.WriteTo(writer)));
    }

    private static string Title(JsonFormat format) => format == JsonFormat.Disclosure
        ? $"BudgetSdk disclosure JSON, formatVersion {DisclosureJson.FormatVersion}"
        : $"BudgetSdk form facts JSON, formatVersion {DisclosureJson.FormatVersion}";

    private static JsonObject Root(JsonFormat format) => format switch
    {
        JsonFormat.Disclosure => RootShapes.Disclosure(),
        JsonFormat.FormFacts => RootShapes.FormFacts(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a JsonFormat: Disclosure or FormFacts"),
    };

    // The shapes the root refers to, directly or through other shapes: a schema lists only what it uses.
    private static HashSet<string> Used(JsonObject root)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>([root]);
        while (pending.TryPop(out var node))
        {
            foreach (var child in Children(node))
            {
                if (child.Key == "$ref" && child.Value!.GetValue<string>() is var target && used.Add(target[Shapes.DefinitionPrefix.Length..]))
                {
                    pending.Push(RootShapes.Definitions.Single(d => d.Name == target[Shapes.DefinitionPrefix.Length..]).Build());
                }
                else if (child.Value is JsonObject or JsonArray)
                {
                    pending.Push(child.Value);
                }
            }
        }

        return used;
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Children(JsonNode node) => node is JsonArray array
        ? array.Select(item => new KeyValuePair<string, JsonNode?>(string.Empty, item))
        : node.AsObject();
}
