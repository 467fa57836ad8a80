using System.Text.Json;
using BudgetSdk.Facts;

namespace BudgetSdk.Serialization.Writing;

/// <summary>Writes the free text of the explanatory sections; absent text is written as <c>null</c>, never left out.</summary>
internal static class NarrativeWriter
{
    public static void Write(Utf8JsonWriter writer, Narrative narrative)
    {
        writer.WriteStartObject();
        writer.WriteStrings("duties", narrative.Duties);
        writer.WriteString("projectSummary", narrative.ProjectSummary);
        writer.WriteString("basicChangeReason", narrative.BasicChangeReason);
        writer.WriteString("projectChangeReason", narrative.ProjectChangeReason);
        writer.WriteString("operatingFundsUse", narrative.OperatingFundsUse);
        writer.WriteString("threePublicChangeReason", narrative.ThreePublicChangeReason);
        writer.WritePropertyName("targets");
        PerformanceWriter.Targets(writer, narrative.Targets);
        writer.WriteString("specialFunds", narrative.SpecialFunds);
        writer.WriteString("otherMatters", narrative.OtherMatters);
        writer.WriteEndObject();
    }
}
