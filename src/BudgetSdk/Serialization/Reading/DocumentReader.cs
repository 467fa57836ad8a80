using System.Globalization;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Reading;

/// <summary>What a document says: its facts and settings, and the derived data it carries (null where left out).</summary>
/// <param name="Facts">The facts.</param>
/// <param name="Settings">The settings the disclosure was built with.</param>
/// <param name="Tables">The tables as written, or null when the document has none.</param>
/// <param name="Warnings">The warnings as written, or null when the document has none.</param>
/// <param name="CustomTemplateSets">True when the disclosure was built with template line sets of its own, which the reader must supply.</param>
internal sealed record DocumentContent(DisclosureFacts Facts, BuildSettings Settings, IReadOnlyList<BudgetTable>? Tables, IReadOnlyList<Problem>? Warnings, bool CustomTemplateSets);

/// <summary>Reads a whole document, property by property in any order, into facts; builds nothing.</summary>
internal static class DocumentReader
{
    private const string Properties = "formatVersion, header, edition, settings, units, spending, basicExpenditures, threePublic, operatingFunds, projects, procurement, assets, narrative, priorYear, tables, warnings";
    private const string SettingsProperties = "edition, rounding, warningsAsErrors, customTemplateSets";

    public static DocumentContent Read(ReadOnlySpan<byte> utf8)
    {
        var edition = JsonPreamble.Check(utf8);
        var codes = EditionCodes.Of(edition);
        var c = new JsonCursor(utf8);
        c.Read();
        c.StartObject(JsonPreamble.RootExpected);
        // Header is required but may come last; it is filled in below, before the facts leave this method.
        var facts = new DisclosureFacts { Header = null!, Edition = edition };
        DisclosureHeader? header = null;
        var (settings, customTemplateSets) = (BuildSettings.Default, false);
        IReadOnlyList<BudgetTable>? tables = null;
        IReadOnlyList<Problem>? warnings = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "formatVersion" or "edition": break; // checked by JsonPreamble before any code was read
                case "header": header = FactsReader.Header(ref c); break;
                case "settings": (settings, customTemplateSets) = Settings(ref c, edition); break;
                case "units": facts = facts with { Units = c.Array("an array of units", FactsReader.Unit) }; break;
                case "spending": facts = facts with { Spending = c.Array("an array of spending facts", (ref JsonCursor i) => FactsReader.Spending(ref i, codes)) }; break;
                case "basicExpenditures": facts = facts with { BasicExpenditures = c.Array("an array of 基本支出 facts", (ref JsonCursor i) => FactsReader.Basic(ref i, codes)) }; break;
                case "threePublic": facts = facts with { ThreePublic = c.Array("an array of “三公” facts", FactsReader.ThreePublic) }; break;
                case "operatingFunds": facts = facts with { OperatingFunds = c.Array("an array of 机关运行经费 amounts", (ref JsonCursor i) => FactsReader.OperatingFunds(ref i, codes)) }; break;
                case "projects": facts = facts with { Projects = c.Array("an array of projects", (ref JsonCursor i) => ProjectsReader.Project(ref i, codes)) }; break;
                case "procurement": facts = facts with { Procurement = c.Array("an array of procurement rows", ProjectsReader.Line) }; break;
                case "assets": facts = facts with { Assets = c.OrNull(AssetsReader.Assets) }; break;
                case "narrative": facts = facts with { Narrative = NarrativeReader.Read(ref c) }; break;
                case "priorYear": facts = facts with { PriorYear = c.OrNull(AssetsReader.PriorYear) }; break;
                case "tables": tables = c.Array("an array of tables", DerivedReader.Table); break;
                case "warnings": warnings = c.Array("an array of warnings", DerivedReader.Warning); break;
                default: throw c.Unknown(property, Properties);
            }
        }

        return new DocumentContent(facts with { Header = c.Required(header, "header", FactsReader.HeaderExpected) }, settings, tables, warnings, customTemplateSets);
    }

    private static (BuildSettings Settings, bool CustomTemplateSets) Settings(ref JsonCursor c, int edition)
    {
        c.StartObject("the settings: an object with " + SettingsProperties);
        var (settings, customTemplateSets) = (BuildSettings.Default, false);
        var editionExpected = $"null (the budget year) or the document's edition {edition.ToString(CultureInfo.InvariantCulture)}";
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "edition":
                    // The builder resolves the root "edition" from this one, so the two cannot disagree.
                    int? requested = c.TokenType == System.Text.Json.JsonTokenType.Null ? null : c.Int32(editionExpected);
                    settings = requested is null || requested == edition ? settings with { Edition = requested } : throw c.Error($"settings.edition {requested.Value.ToString(CultureInfo.InvariantCulture)} differs from the document's edition", editionExpected);
                    break;
                case "rounding": settings = settings with { Rounding = c.Enum(JsonNames.Rounding) }; break;
                case "warningsAsErrors": settings = settings with { WarningsAsErrors = c.Boolean(Expect.Flag) }; break;
                case "customTemplateSets": customTemplateSets = c.Boolean(Expect.Flag); break;
                default: throw c.Unknown(property, SettingsProperties);
            }
        }

        return (settings, customTemplateSets);
    }
}
