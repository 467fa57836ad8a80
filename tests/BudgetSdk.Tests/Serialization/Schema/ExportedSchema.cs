using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetSdk.Serialization;
using Json.Schema;

namespace BudgetSdk.Tests.Serialization.Schema;

/// <summary>The exported JSON Schemas, compiled once by JsonSchema.Net (an independent implementation of draft 2020-12), and a walk of a document alongside them.</summary>
internal static class ExportedSchema
{
    private static readonly Dictionary<JsonFormat, Lazy<JsonSchema>> Compiled = Enum.GetValues<JsonFormat>().ToDictionary(
        format => format,
        format => new Lazy<JsonSchema>(() => JsonSchema.FromText(DisclosureJsonSchema.Write(format), new BuildOptions { SchemaRegistry = new SchemaRegistry() })));

    /// <summary>The schema as JSON.</summary>
    public static JsonObject Node(JsonFormat format) => JsonNode.Parse(DisclosureJsonSchema.Write(format))!.AsObject();

    /// <summary>The evaluation of a document, with the failures listed.</summary>
    public static EvaluationResults Evaluate(JsonFormat format, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Compiled[format].Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>The failures of an evaluation, one line each (empty when the document is valid).</summary>
    public static string Failures(EvaluationResults results) => string.Join(
        "\n",
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));

    /// <summary>
    /// Every object of a document with the name of the shape the schema gives it ("$" for the root, else its <c>$defs</c>
    /// name) and its JSON path; a property the shape lacks is listed under the shape as it is met.
    /// </summary>
    public static IEnumerable<(string Shape, string Path, JsonObject Instance)> Objects(JsonObject schema, JsonNode document)
    {
        var found = new List<(string, string, JsonObject)>();
        Walk(schema, schema, "$", "$", document, found);
        return found;
    }

    /// <summary>The shape's properties and the required ones.</summary>
    public static (string[] Properties, string[] Required) PropertiesOf(JsonObject schema, string shape)
    {
        var node = shape == "$" ? schema : schema["$defs"]![shape]!.AsObject();
        return (node["properties"]!.AsObject().Select(p => p.Key).ToArray(), node["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray());
    }

    /// <summary>The <c>$defs</c> names of the object shapes.</summary>
    public static IEnumerable<string> ObjectShapes(JsonObject schema)
        => schema["$defs"]!.AsObject().Where(d => d.Value!["type"]?.GetValue<string>() == "object").Select(d => d.Key);

    private static void Walk(JsonObject root, JsonObject shape, string name, string path, JsonNode? instance, List<(string, string, JsonObject)> found)
    {
        if (shape["$ref"] is { } reference)
        {
            name = reference.GetValue<string>()["#/$defs/".Length..];
            shape = root["$defs"]![name]!.AsObject();
        }

        if (instance is null)
        {
            return;
        }

        if (shape["anyOf"] is JsonArray choices)
        {
            Walk(root, choices.Select(c => c!.AsObject()).First(c => c["type"]?.ToString() != "null"), name, path, instance, found);
        }
        else if (instance is JsonObject obj)
        {
            found.Add((name, path, obj));
            var properties = shape["properties"]!.AsObject();
            foreach (var (key, value) in obj)
            {
                if (properties[key] is JsonObject property)
                {
                    Walk(root, property, name + "." + key, path + "." + key, value, found);
                }
            }
        }
        else if (instance is JsonArray array && shape["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(root, items, name + "[]", $"{path}[{i}]", array[i], found);
            }
        }
    }
}
