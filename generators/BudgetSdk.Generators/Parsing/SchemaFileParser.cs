using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Json;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Parsing;

/// <summary>
/// Turns the text of one <c>*.budget.json</c> file into a <see cref="SchemaFile"/>. Checks what one file can
/// show by itself (JSON syntax, property kinds, empty names); checks across files belong to the resolver.
/// </summary>
internal static partial class SchemaFileParser
{
    public static SchemaFile Parse(string path, string? text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.MalformedJson.Id, new SourceSpan(path, 0, 0, 0, 0, 0, 0), "the file could not be read"));
            return Empty(path, diagnostics);
        }

        JsonValue root;
        try
        {
            root = JsonReader.Parse(path, text);
        }
        catch (JsonSyntaxException e)
        {
            diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.MalformedJson.Id, e.Span, e.Message));
            return Empty(path, diagnostics);
        }

        if (root is not JsonObject obj)
        {
            diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.InvalidProperty.Id, root.Span, $"the file holds {root.Describe()}; expected an object with a \"kind\""));
            return Empty(path, diagnostics);
        }

        var reader = new PropertyReader(obj, "$", diagnostics);
        var kind = reader.RequiredString("kind");
        ManifestModel? manifest = null;
        CodeListModel? codes = null;
        FrameworkModel? framework = null;
        LineSetModel? lineSet = null;
        FormModel? form = null;
        switch (kind)
        {
            case null:
                break;
            case "manifest":
                manifest = ParseManifest(reader);
                break;
            case "codes":
                codes = ParseCodeList(reader);
                break;
            case "indicatorFramework":
                framework = ParseFramework(reader);
                break;
            case "lineSet":
                lineSet = ParseLineSet(reader);
                break;
            case "form":
                form = reader.RequiredString("id") is { } formId ? new FormModel(formId, System.IO.Path.GetFileName(path), text) : null;
                break;
            default:
                diagnostics.Add(DiagnosticInfo.Create(SchemaDiagnostics.UnknownKind.Id, reader.SpanOf("kind"), kind));
                break;
        }

        return new SchemaFile(path, manifest, codes, framework, lineSet, diagnostics.ToEquatableArray()) { Form = form, KindSpan = reader.SpanOf("kind") };
    }

    private static SchemaFile Empty(string path, List<DiagnosticInfo> diagnostics)
        => new(path, null, null, null, null, diagnostics.ToEquatableArray());

    /// <summary>Reads each object item of an array; non-objects are reported and skipped.</summary>
    private static List<T> ReadItems<T>(PropertyReader parent, JsonArray? array, string name, Func<PropertyReader, T?> read)
        where T : class
    {
        var result = new List<T>();
        if (array is null)
        {
            return result;
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            var path = $"$.{name}[{i}]";
            if (array.Items[i] is not JsonObject item)
            {
                parent.Report(array.Items[i].Span, $"{path} is {array.Items[i].Describe()}; expected an object");
                continue;
            }

            var value = read(parent.Child(item, path));
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>A required name: missing is BDG0009, present but blank is BDG0005 (naming what has no name).</summary>
    private static string? RequiredName(PropertyReader reader, string what, string key)
    {
        var name = reader.RequiredString("name");
        if (name is not null && name.Trim().Length == 0)
        {
            reader.Add(SchemaDiagnostics.EmptyName.Id, reader.SpanOf("name"), what, key);
            return null;
        }

        return name;
    }
}
