using System.Text;
using BudgetSdk.Facts;
using BudgetSdk.Serialization.Reading;
using BudgetSdk.Serialization.Writing;

namespace BudgetSdk.Serialization;

/// <summary>
/// The facts of a disclosure printed in a region's form (Shanghai, Jiangsu …), as <c>budget import</c> writes them for a
/// form document (docs/json-format.md, “Form facts”): <c>"kind": "formFacts"</c>, the form's id and the document kind
/// (部门 / 单位), then header, edition, spending, 基本支出, 机关运行经费, “三公” and 政府采购 in the same shapes as a disclosure's JSON. No derived
/// tables are written: the facts derived with the named form (<c>FormDerivation.Derive</c>) give them, and Hebei's
/// <see cref="DisclosureJson"/> does not fit, since reading it builds Hebei's nine tables.
/// </summary>
public static class FormFactsJson
{
    /// <summary>The value of <c>kind</c>.</summary>
    public const string Kind = "formFacts";

    private const string Properties = "kind, formatVersion, form, documentKind, header, edition, spending, basicExpenditures, operatingFunds, threePublic, procurement, choices";
    private const string KindExpected = "\"kind\": \"formFacts\"";

    /// <summary>The facts as a JSON document: deterministic, indented, <c>\n</c> line ends, Chinese unescaped.</summary>
    /// <param name="facts">The facts (units, projects, narrative and the rest are not written: a form's tables do not state them).</param>
    /// <param name="formId">The form's id, e.g. <c>shanghai</c>.</param>
    /// <param name="documentKind">The document kind id, e.g. <c>department</c>.</param>
    /// <param name="choices">Amounts the printed cells left open and how each was chosen (one line each); may be empty.</param>
    public static string Serialize(DisclosureFacts facts, string formId, string documentKind, IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(formId);
        ArgumentNullException.ThrowIfNull(documentKind);
        ArgumentNullException.ThrowIfNull(choices);
        return Encoding.UTF8.GetString(JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Kind);
            writer.WriteNumber("formatVersion", DisclosureJson.FormatVersion);
            writer.WriteString("form", formId);
            writer.WriteString("documentKind", documentKind);
            writer.WritePropertyName("header");
            FactsWriter.Header(writer, facts.Header);
            writer.WriteNumber("edition", facts.Edition);
            writer.WriteArray("spending", facts.Spending, FactsWriter.Spending);
            writer.WriteArray("basicExpenditures", facts.BasicExpenditures, FactsWriter.Basic);
            writer.WriteArray("operatingFunds", facts.OperatingFunds, FactsWriter.OperatingFunds);
            writer.WriteArray("threePublic", facts.ThreePublic, FactsWriter.ThreePublic);
            writer.WriteArray("procurement", facts.Procurement, ProjectsWriter.Procurement);
            writer.WriteArray("choices", choices, (w, c) => w.WriteStringValue(c));
            writer.WriteEndObject();
        }));
    }

    /// <summary>Reads the facts back; nothing is derived or checked beyond the shapes and codes.</summary>
    /// <exception cref="DisclosureJsonException">Not a form-facts document, or a property of the wrong shape (with its JSON path).</exception>
    public static FormFacts Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Encoding.UTF8.GetBytes(json).AsSpan();
        var edition = JsonPreamble.Check(utf8);
        var codes = EditionCodes.Of(edition);
        var c = new JsonCursor(utf8);
        c.Read();
        c.StartObject(JsonPreamble.RootExpected);
        var facts = new DisclosureFacts { Header = null!, Edition = edition };
        DisclosureHeader? header = null;
        string? kind = null, form = null, documentKind = null;
        IReadOnlyList<string> choices = [];
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "formatVersion" or "edition": break; // checked by JsonPreamble
                case "kind": kind = c.String(KindExpected); break;
                case "form": form = c.String("the form's id, e.g. \"shanghai\""); break;
                case "documentKind": documentKind = c.String("a document kind id, e.g. \"department\""); break;
                case "header": header = FactsReader.Header(ref c); break;
                case "spending": facts = facts with { Spending = c.Array("an array of spending facts", (ref JsonCursor i) => FactsReader.Spending(ref i, codes)) }; break;
                case "basicExpenditures": facts = facts with { BasicExpenditures = c.Array("an array of 基本支出 facts", (ref JsonCursor i) => FactsReader.Basic(ref i, codes)) }; break;
                case "operatingFunds": facts = facts with { OperatingFunds = c.Array("an array of 机关运行经费 amounts", (ref JsonCursor i) => FactsReader.OperatingFunds(ref i, codes)) }; break;
                case "threePublic": facts = facts with { ThreePublic = c.Array("an array of “三公” facts", FactsReader.ThreePublic) }; break;
                case "procurement": facts = facts with { Procurement = c.Array("an array of procurement rows", ProjectsReader.Line) }; break;
                case "choices": choices = c.Strings(); break;
                default: throw c.Unknown(property, Properties);
            }
        }

        // A document without a kind is missing a required property, reported as such; one of another kind is another format.
        if (kind != Kind)
        {
            throw kind is null ? c.Missing("kind", KindExpected) : c.Error($"kind \"{kind}\"", KindExpected);
        }

        return new FormFacts(
            facts with { Header = c.Required(header, "header", "the header object") },
            c.Required(form, "form", "the form's id"),
            c.Required(documentKind, "documentKind", "a document kind id"),
            choices);
    }
}

/// <summary>What <see cref="FormFactsJson.Deserialize"/> read.</summary>
/// <param name="Facts">The facts.</param>
/// <param name="FormId">The form's id (<c>FormCatalog.Shipped.Forms</c>).</param>
/// <param name="DocumentKind">The document kind id.</param>
/// <param name="Choices">The choices the import made where the printed cells left an amount open.</param>
public sealed record FormFacts(DisclosureFacts Facts, string FormId, string DocumentKind, IReadOnlyList<string> Choices);
