using System.Text.Json;
using BudgetSdk.Building;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Writing;

/// <summary>
/// Writes a whole document: every property always, in one fixed order (docs/json-format.md), so that one
/// disclosure always gives the same bytes and two documents can be compared with a plain diff.
/// </summary>
internal static class DocumentWriter
{
    public static byte[] ToUtf8Bytes(Disclosure disclosure) => JsonOutput.Write(writer => Write(writer, disclosure));

    private static void Write(Utf8JsonWriter writer, Disclosure disclosure)
    {
        var facts = disclosure.Facts;
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", DisclosureJson.FormatVersion);
        writer.WritePropertyName("header");
        FactsWriter.Header(writer, facts.Header);
        writer.WriteNumber("edition", facts.Edition);
        writer.WritePropertyName("settings");
        Settings(writer, disclosure.Settings);
        writer.WriteArray("units", facts.Units, FactsWriter.Unit);
        writer.WriteArray("spending", facts.Spending, FactsWriter.Spending);
        writer.WriteArray("basicExpenditures", facts.BasicExpenditures, FactsWriter.Basic);
        writer.WriteArray("threePublic", facts.ThreePublic, FactsWriter.ThreePublic);
        writer.WriteArray("operatingFunds", facts.OperatingFunds, FactsWriter.OperatingFunds);
        writer.WriteArray("projects", facts.Projects, ProjectsWriter.Project);
        writer.WriteArray("procurement", facts.Procurement, ProjectsWriter.Procurement);
        writer.WriteNullable("assets", facts.Assets, FactsWriter.Assets);
        writer.WritePropertyName("narrative");
        NarrativeWriter.Write(writer, facts.Narrative);
        writer.WriteNullable("priorYear", facts.PriorYear, FactsWriter.PriorYear);
        writer.WriteArray("tables", disclosure.Tables, DerivedWriter.Table);
        writer.WriteArray("warnings", disclosure.Warnings, DerivedWriter.Warning);
        writer.WriteEndObject();
    }

    private static void Settings(Utf8JsonWriter writer, BuildSettings settings)
    {
        writer.WriteStartObject();

        // The requested edition (null = the budget year) is kept apart from the resolved one at the root, because
        // settings compare as a whole and a round trip must not turn "null" into "2024".
        if (settings.Edition is { } edition)
        {
            writer.WriteNumber("edition", edition);
        }
        else
        {
            writer.WriteNull("edition");
        }

        writer.WriteEnum("rounding", JsonNames.Rounding, settings.Rounding);
        writer.WriteBoolean("warningsAsErrors", settings.WarningsAsErrors);

        // Template line sets are schema data, not facts: a document cannot carry them, but it says that the reader
        // must supply them, rather than let the shipped templates derive different tables.
        writer.WriteBoolean("customTemplateSets", settings.TemplateSets is not null);
        writer.WriteEndObject();
    }
}
