using System.Text;
using BudgetSdk.Import;
using BudgetSdk.Serialization.Writing;

namespace BudgetSdk.Serialization;

/// <summary>
/// Writes a published disclosure as printed (<see cref="PublishedDisclosure"/>) as JSON: every table cell as the
/// document prints it (a blank is <c>null</c>, never zero), the quoted amounts and the project tables. Unlike
/// <see cref="DisclosureJson"/>, which holds only correct disclosures, this holds any document the importer reads —
/// wrong totals included — so that other tools can work with what was published. Deterministic like it.
/// </summary>
public static class PublishedJson
{
    /// <summary>The version of this format.</summary>
    public const int FormatVersion = 1;

    /// <summary>The document as printed, as JSON.</summary>
    public static string Serialize(PublishedDisclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Encoding.UTF8.GetString(JsonOutput.Write(writer => PublishedWriter.Write(writer, document)));
    }
}
