using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Reading.Narrative;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms.Narrative;

/// <summary>The real documents' layout text, read by the shipped form (tests only: the product never reads ../shared).</summary>
internal static class NarrativeDocuments
{
    public static IReadOnlyList<string> Lines(string region, string id)
        => File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents", region, id + ".layout.txt"))
            .Replace("\f", string.Empty, StringComparison.Ordinal)
            .Split('\n');

    public static FormTemplate Shanghai(int year) => FormCatalog.Shipped.Select("310107", year).ShouldNotBeNull();

    public static NarrativeReading ReadShanghai(string id, int year) => NarrativeReader.Read(Lines("shanghai", id), Shanghai(year), year);

    /// <summary>A quote as a line of the expected-cell format: <c>quote | id | cell | amount</c>.</summary>
    public static string Line(BudgetSdk.Forms.Printed.FormQuote q)
        => $"quote | {q.PatternId} | {q.Cell?.ToString() ?? "-"} | {q.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>A change as a line of the expected-cell format.</summary>
    public static string Line(BudgetSdk.Forms.Printed.FormChange c)
        => $"change | {c.PatternId} | {c.Cell?.ToString() ?? "-"} | {c.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} | {c.Direction.ToString().ToLowerInvariant()} | {c.Delta?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} | {c.ComparedYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}
