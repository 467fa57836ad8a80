using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms;

/// <summary>
/// schema/budget.schema.json describes the form kind (formFile and its parts) with the same properties FormParser accepts, so
/// an editor's completion and the parser cannot drift apart; and the shipped form files conform to that description.
/// </summary>
public class FormJsonSchemaTests
{
    // FormParser's AllowOnly lists in source order, and the JSON Schema definition each one corresponds to. A new AllowOnly
    // (a new object in the grammar) fails the count check below until it is given its definition here and in the schema.
    private static readonly string[] DefinitionOfEachAllowOnly =
    {
        "formFile", "formYears", "formDocumentKind", "formHeader", "formTable", "formSide", "formColumn", "formRows",
        "formLine", "formTotal", "factSelector", "formIdentity", "formNarrative", "formQuote", "formChange",
    };

    // JsonCursor.AllowOnly accepts notes (and tolerates $schema) on every object besides the listed names; the schema
    // offers notes everywhere and $schema only at the root, where it belongs.
    private static string[] AlwaysAllowed(int list) => list == 0 ? new[] { "$schema", "notes" } : new[] { "notes" };

    private static string Root => Seeds.RepositoryRoot;

    private static JsonElement Definitions()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "schema", "budget.schema.json")));
        return schema.RootElement.GetProperty("$defs").Clone();
    }

    private static IReadOnlyList<string[]> ParserAllowOnlyLists()
    {
        var source = File.ReadAllText(Path.Combine(Root, "src", "BudgetSdk", "Forms", "Schema", "FormParser.cs"));
        return Regex.Matches(source, @"\.AllowOnly\(([^)]*)\)")
            .Select(m => Regex.Matches(m.Groups[1].Value, "\"([^\"]+)\"").Select(n => n.Groups[1].Value).ToArray())
            .ToArray();
    }

    [Fact]
    public void Every_object_the_parser_reads_has_a_definition()
        => ParserAllowOnlyLists().Count.ShouldBe(DefinitionOfEachAllowOnly.Length, "FormParser has a new AllowOnly: add its definition to schema/budget.schema.json and to this test");

    [Fact]
    public void The_schema_and_the_parser_allow_the_same_property_names()
    {
        var definitions = Definitions();
        var lists = ParserAllowOnlyLists();
        var differences = new List<string>();
        for (var i = 0; i < Math.Min(lists.Count, DefinitionOfEachAllowOnly.Length); i++)
        {
            var name = DefinitionOfEachAllowOnly[i];
            var definition = definitions.GetProperty(name);
            definition.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse($"{name} must reject unknown properties, as the parser does");
            var inSchema = definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(p => p != "kind").ToHashSet();
            var inParser = lists[i].Where(p => p != "kind").Concat(AlwaysAllowed(i)).ToHashSet();
            differences.AddRange(inParser.Except(inSchema).Select(p => $"{name}: the parser allows \"{p}\", the schema lacks it"));
            differences.AddRange(inSchema.Except(inParser).Select(p => $"{name}: the schema has \"{p}\", the parser rejects it"));
        }

        differences.ShouldBeEmpty();
    }

    [Fact]
    public void The_required_properties_are_the_ones_the_parser_requires()
    {
        var source = File.ReadAllText(Path.Combine(Root, "src", "BudgetSdk", "Forms", "Schema", "FormParser.cs"));
        var required = Regex.Matches(source, "\\.Required\\(\"([^\"]+)\"\\)").Select(m => m.Groups[1].Value).ToHashSet();
        var definitions = Definitions();
        var inSchema = DefinitionOfEachAllowOnly
            .SelectMany(d => definitions.GetProperty(d).TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!) : Enumerable.Empty<string>())
            .ToHashSet();

        // rows and columns are required only without sides, lines only with source lines (the schema says so with oneOf and
        // minItems); kinds, header and tables only without basedOn, department only without departmentCode (if/then); levels,
        // lines, economic, functional and procurement are looked up with Required only to place an error; the rest agree name for name.
        inSchema.Except(required).ShouldBeEmpty();
        required.Except(inSchema).Except(new[] { "rows", "columns", "lines", "levels", "economic", "functional", "procurement", "kinds", "header", "tables", "department" }).ShouldBeEmpty();
    }

    [Fact]
    public void Every_shipped_form_file_conforms_to_the_schema()
    {
        var definitions = Definitions();
        var files = Directory.GetFiles(Path.Combine(Root, "schema", "forms"), "*.budget.json");
        files.ShouldNotBeEmpty();
        var problems = new List<string>();
        foreach (var file in files)
        {
            using var form = JsonDocument.Parse(File.ReadAllText(file));
            Conform(definitions, definitions.GetProperty("formFile"), form.RootElement, Path.GetFileName(file) + ": $", problems);
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void A_misspelt_property_names_its_place_and_the_allowed_ones()
    {
        // The message docs/templates.md quotes: Shanghai's form with "sums" of the 收入预算总表's 合计 misspelt "sum".
        var text = File.ReadAllText(Path.Combine(Root, "schema", "forms", "shanghai.budget.json"));
        var broken = text.Replace("\"labels\": [\"合计\"], \"sums\": [\"fiscal\"", "\"labels\": [\"合计\"], \"sum\": [\"fiscal\"", StringComparison.Ordinal);
        broken.ShouldNotBe(text);

        var e = Should.Throw<FormSchemaException>(() => FormParser.Parse("shanghai.budget.json", broken));

        e.Message.ShouldBe("shanghai.budget.json: $.tables[1].columns[0].sum: is not a property here; expected one of id, labels, sums, select, documentKinds");
    }

    // A structural check of the keywords budget.schema.json uses for forms (no JSON Schema validator package is referenced).
    private static void Conform(JsonElement definitions, JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Conform(definitions, definitions.GetProperty(reference.GetString()!["#/$defs/".Length..]), value, path, problems);
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && value.ToString() != constant.ToString())
        {
            problems.Add($"{path}: is {value}; the schema expects {constant}");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.ToString() == value.ToString()))
        {
            problems.Add($"{path}: is {value}; not in the schema's enum");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            problems.Add($"{path}: \"{value}\" does not match {pattern}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                problems.AddRange(required.EnumerateArray().Where(r => !value.TryGetProperty(r.GetString()!, out _)).Select(r => $"{path}: lacks required {r}"));
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var inner))
                {
                    Conform(definitions, inner, property.Value, $"{path}.{property.Name}", problems);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{path}.{property.Name}: not a property of the schema here");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Conform(definitions, items, item, $"{path}[{i++}]", problems);
            }
        }
    }
}
