using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Parsing;

// The reader of kind lineSet: the fixed printed lines of a table template, see docs/schema-format.md.
internal static partial class SchemaFileParser
{
    private static LineSetModel? ParseLineSet(PropertyReader reader)
    {
        var id = reader.RequiredString("id");
        var edition = reader.RequiredInt("edition");
        var region = reader.OptionalString("region");
        var title = reader.RequiredString("title") ?? string.Empty;
        var notes = reader.OptionalString("notes");
        if (region is not null && (region.Length is not (2 or 4 or 6) || !region.All(c => c is >= '0' and <= '9')))
        {
            reader.Report(reader.SpanOf("region"), $"region '{region}' is not a GB/T 2260 prefix; expected 2, 4 or 6 digits");
            region = null;
        }

        var lines = ReadItems(reader, reader.RequiredArray("lines"), "lines", ParseLine);
        return id is null || edition is null
            ? null
            : new LineSetModel(id, edition.Value, reader.SpanOf("edition"), region, title, notes, lines.ToEquatableArray());
    }

    private static LineModel? ParseLine(PropertyReader item)
    {
        var label = item.RequiredString("label");
        if (!item.TryNullableString("functionalClass", out var functionalClass))
        {
            return null;
        }

        var keys = item.StringList("keys", nonBlank: true);

        // A line sums its keys, so a repeated key would count one part twice.
        var repeated = keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            item.Add(SchemaDiagnostics.InvalidLine.Id, item.SpanOf("keys"), $"line '{label}' lists key '{repeated.Key}' more than once; expected each key once");
        }

        var text = item.OptionalString("text");
        return label is null ? null : new LineModel(label, functionalClass, keys, text, item.OptionalString("notes"), item.Object.Span);
    }
}
