using System.Text.Json.Nodes;
using BudgetSdk.Codes;
using BudgetSdk.Serialization;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Tests.Serialization.Schema;

/// <summary>
/// The schema cannot drift from the format: what the writers write is what it lists, object by object; a property it
/// requires is one whose absence the reader reports as missing, and only those; an object with a property it does
/// not list is one the reader refuses.
/// </summary>
public class SchemaDriftTests
{
    public static TheoryData<JsonFormat> Formats() => new(Enum.GetValues<JsonFormat>());

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_property_the_writer_writes_is_in_the_schema_and_every_property_of_the_schema_is_written(JsonFormat format)
    {
        var schema = ExportedSchema.Node(format);
        var written = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, json) in format == JsonFormat.Disclosure ? WrittenDocuments.Disclosures : WrittenDocuments.FormFacts)
        {
            foreach (var (shape, _, instance) in ExportedSchema.Objects(schema, JsonNode.Parse(json)!))
            {
                written.TryAdd(shape, new HashSet<string>(StringComparer.Ordinal));
                written[shape].UnionWith(instance.Select(p => p.Key));
            }
        }

        var shapes = ExportedSchema.ObjectShapes(schema).Append("$").ToArray();
        written.Keys.ShouldBe(shapes, ignoreOrder: true);
        foreach (var shape in shapes)
        {
            written[shape].ShouldBe(ExportedSchema.PropertiesOf(schema, shape).Properties, ignoreOrder: true, shape);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_property_is_required_by_the_schema_exactly_when_the_reader_reports_it_missing(JsonFormat format)
    {
        var schema = ExportedSchema.Node(format);
        var checkedProperties = new HashSet<string>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        foreach (var json in Documents(format))
        {
            foreach (var (shape, path, instance) in ExportedSchema.Objects(schema, JsonNode.Parse(json)!))
            {
                // Each property of each shape once, where it is first met: the reader reads every object of a shape alike.
                foreach (var property in instance.Select(p => p.Key).Where(p => checkedProperties.Add(shape + "." + p)).ToArray())
                {
                    var edited = Edit(json, path, o => o.Remove(property));
                    var missing = ReaderRefusal(format, edited)?.Contains("is missing", StringComparison.Ordinal) == true;
                    var invalid = !ExportedSchema.Evaluate(format, edited).IsValid;
                    if (missing != invalid)
                    {
                        disagreements.Add($"{path}.{property}: the reader {(missing ? "requires" : "does not require")} it, the schema {(invalid ? "does" : "does not")}");
                    }
                }
            }
        }

        disagreements.ShouldBeEmpty();
        var all = ExportedSchema.ObjectShapes(schema).Append("$").SelectMany(shape => ExportedSchema.PropertiesOf(schema, shape).Properties.Select(p => shape + "." + p));
        checkedProperties.ShouldBe(all, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_object_with_a_property_the_schema_does_not_list_is_refused_by_the_reader_and_the_schema(JsonFormat format)
    {
        var schema = ExportedSchema.Node(format);
        var checkedShapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in Documents(format))
        {
            foreach (var (shape, path, _) in ExportedSchema.Objects(schema, JsonNode.Parse(json)!).Where(o => checkedShapes.Add(o.Shape)).ToArray())
            {
                var edited = Edit(json, path, o => o.Add("remark", "a property no format has"));

                ReaderRefusal(format, edited).ShouldBe("unknown property \"remark\"", shape);
                ExportedSchema.Evaluate(format, edited).IsValid.ShouldBeFalse(shape);
            }
        }

        checkedShapes.ShouldBe(ExportedSchema.ObjectShapes(schema).Append("$"), ignoreOrder: true);
    }

    [Fact]
    public void The_schema_is_deterministic_draft_2020_12_and_every_reference_resolves()
    {
        foreach (var format in Enum.GetValues<JsonFormat>())
        {
            var text = DisclosureJsonSchema.Write(format);
            var schema = JsonNode.Parse(text)!.AsObject();

            text.ShouldBe(DisclosureJsonSchema.Write(format));
            text.ShouldEndWith("}\n");
            text.ShouldNotContain("\r");
            schema["$schema"]!.GetValue<string>().ShouldBe("https://json-schema.org/draft/2020-12/schema");
            schema["$id"]!.GetValue<string>().ShouldBe(DisclosureJsonSchema.IdOf(format));
            var definitions = schema["$defs"]!.AsObject().Select(d => d.Key).ToArray();
            var references = References(schema).Distinct().ToArray();
            references.ShouldAllBe(r => definitions.Contains(r));
            definitions.ShouldBe(references, ignoreOrder: true); // nothing unused
        }
    }

    [Fact]
    public void The_enums_are_the_json_names_and_the_editions_those_the_reader_takes()
    {
        var schema = ExportedSchema.Node(JsonFormat.Disclosure);
        var defs = schema["$defs"]!;

        Enum(defs["spending"]!["properties"]!["source"]!).ShouldBe(JsonNames.Source.Names);
        Enum(defs["threePublicExpense"]!["properties"]!["component"]!).ShouldBe(JsonNames.Component.Names);
        Enum(defs["table"]!["properties"]!["id"]!).ShouldBe(JsonNames.Table.Names);
        schema["properties"]!["edition"]!["enum"]!.AsArray().Select(e => e!.GetValue<int>())
            .ShouldBe(FunctionalCode.Editions.Where(e => DepartmentEconomicCode.TryGetEdition(e, out _)));

        static IEnumerable<string> Enum(JsonNode node) => node["enum"]!.AsArray().Select(e => e!.GetValue<string>());
    }

    [Fact]
    public void Every_code_of_every_edition_matches_the_schemas_code_patterns()
    {
        var schema = ExportedSchema.Node(JsonFormat.Disclosure);
        var functional = new System.Text.RegularExpressions.Regex(schema["$defs"]!["functionalCode"]!["pattern"]!.GetValue<string>());
        var economic = new System.Text.RegularExpressions.Regex(schema["$defs"]!["economicCode"]!["pattern"]!.GetValue<string>());

        FunctionalCode.Editions.SelectMany(e => FunctionalCode.ForEdition(e)).Select(c => c.Code).Where(c => !functional.IsMatch(c)).ShouldBeEmpty();
        DepartmentEconomicCode.Editions.SelectMany(e => DepartmentEconomicCode.ForEdition(e)).Select(c => c.Code).Where(c => !economic.IsMatch(c)).ShouldBeEmpty();
    }

    private static IEnumerable<string> Documents(JsonFormat format)
        => (format == JsonFormat.Disclosure ? WrittenDocuments.Disclosures : WrittenDocuments.FormFacts).Select(d => d.Json);

    private static string? ReaderRefusal(JsonFormat format, string json)
    {
        try
        {
            _ = format == JsonFormat.Disclosure ? DisclosureJson.Deserialize(json) : (object)FormFactsJson.Deserialize(json);
            return null;
        }
        catch (DisclosureJsonException e)
        {
            return e.Reason;
        }
        catch (BudgetSdk.Rules.DisclosureValidationException e)
        {
            return e.Message; // a rule, not the shape: the property was optional
        }
    }

    private static string Edit(string json, string path, Action<JsonObject> edit) => JsonEdit.Edit(json, root =>
    {
        JsonNode node = root;
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = step.Groups[1].Success ? node[step.Groups[1].Value]! : node[int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        edit(node.AsObject());
    });

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()["#/$defs/".Length..]] : p.Value is null ? [] : References(p.Value)),
        JsonArray a => a.SelectMany(i => i is null ? [] : References(i)),
        _ => [],
    };
}
