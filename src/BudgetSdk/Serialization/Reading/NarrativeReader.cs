using BudgetSdk.Facts;

namespace BudgetSdk.Serialization.Reading;

/// <summary>Reads the free text of the explanatory sections: every property optional, as in <see cref="Narrative"/>.</summary>
internal static class NarrativeReader
{
    private const string Properties = "duties, projectSummary, basicChangeReason, projectChangeReason, operatingFundsUse, threePublicChangeReason, targets, specialFunds, otherMatters";

    public static Narrative Read(ref JsonCursor c)
    {
        c.StartObject("the narrative: an object with " + Properties);
        var narrative = new Narrative();
        while (c.NextProperty(out var property))
        {
            narrative = property switch
            {
                "duties" => narrative with { Duties = c.Strings() },
                "projectSummary" => narrative with { ProjectSummary = c.NullableString(Expect.TextOrNull) },
                "basicChangeReason" => narrative with { BasicChangeReason = c.NullableString(Expect.TextOrNull) },
                "projectChangeReason" => narrative with { ProjectChangeReason = c.NullableString(Expect.TextOrNull) },
                "operatingFundsUse" => narrative with { OperatingFundsUse = c.NullableString(Expect.TextOrNull) },
                "threePublicChangeReason" => narrative with { ThreePublicChangeReason = c.NullableString(Expect.TextOrNull) },
                "targets" => narrative with { Targets = PerformanceReader.Targets(ref c) },
                "specialFunds" => narrative with { SpecialFunds = c.NullableString(Expect.TextOrNull) },
                "otherMatters" => narrative with { OtherMatters = c.NullableString(Expect.TextOrNull) },
                _ => throw c.Unknown(property, Properties),
            };
        }

        return narrative;
    }
}
