namespace BudgetSdk.Serialization;

/// <summary>The JSON formats that BudgetSdk reads back, each with a JSON Schema (<see cref="DisclosureJsonSchema"/>).</summary>
public enum JsonFormat
{
    /// <summary>The disclosure JSON of <see cref="DisclosureJson"/> (what <c>budget import</c> writes for a Hebei document).</summary>
    Disclosure,

    /// <summary>The form facts JSON of <see cref="FormFactsJson"/> (<c>"kind": "formFacts"</c>: a document printed in a region's form).</summary>
    FormFacts,
}
