using BudgetSdk.Forms.Facts;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Serialization;

namespace BudgetSdk.Cli;

/// <summary>
/// <c>budget import</c> of a document printed in a region's form: its facts (<see cref="PrintedFormFacts.Reconstruct"/>)
/// written as form facts JSON (<see cref="FormFactsJson"/>) when they are consistent — every table of the form read, and
/// the facts, derived with the document's own form, give back every printed table cell — else one line naming the cells
/// that disagree.
/// </summary>
internal static class FormImport
{
    /// <summary>The JSON and what it holds, or the one-line reason no JSON is written.</summary>
    public static (string? Json, string What) Build(FormDocument document)
    {
        var result = PrintedFormFacts.Reconstruct(document);
        if (!result.Consistent)
        {
            return (null, $"the printed tables do not state one set of facts ({result.Disagreement()}); no JSON written");
        }

        var header = document.Header;
        var json = FormFactsJson.Serialize(result.Facts, document.Form.Id, header.Kind, result.Choices);
        return (json, $"{header.Year} {header.Department} (region {header.RegionCode}) in the form {document.Form.Id}, {header.Kind}: {result.CellsCompared} printed cells given back");
    }

    /// <summary>The refusal of <c>--printed</c> for a form document: the printed model JSON is Hebei's.</summary>
    public static string PrintedRefusal(FormDocument document)
        => $"is printed in the form {document.Form.Id}; --printed writes Hebei's printed model only (`budget audit` reads this form's cells)";
}
