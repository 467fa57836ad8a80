namespace BudgetSdk.Generators;

/// <summary>
/// Type names a schema may not choose, because the generated code would not compile with them. Checked where the
/// typeName is read, so the error points at the schema (BDG0009) rather than at generated code the user cannot edit.
/// </summary>
internal static class ReservedNames
{
    /// <summary>The classes <see cref="Emitting.TemplateEmitter"/> and <see cref="Emitting.TierTreeEmitter"/> declare in the generated namespace.</summary>
    private static readonly string[] GeneratedClasses = ["IndicatorFrameworks", "IndicatorTiers", "LineSets"];

    /// <summary>What a code system's typeName clashes with, or null: code types share the namespace of the generated classes.</summary>
    public static string? CodeSystemClash(string typeName)
        => GeneratedClasses.Contains(typeName, StringComparer.Ordinal) ? $"the generated class {typeName}" : null;

    /// <summary>
    /// What a framework's typeName clashes with, or null. It becomes a property of <c>IndicatorFrameworks</c> and a class
    /// nested in <c>IndicatorTiers</c>: a member may not be named like its enclosing class (CS0542), nor like
    /// <c>IndicatorFrameworks.All</c> (CS0102) or a member inherited from object (CS0108). <c>LineSets</c> would compile,
    /// but <c>IndicatorFrameworks.LineSets</c> reads as the line sets, so every generated class name is kept out alike.
    /// </summary>
    public static string? FrameworkClash(string typeName)
    {
        if (GeneratedClasses.Contains(typeName, StringComparer.Ordinal))
        {
            return $"the generated class {typeName}";
        }

        return typeName == "All" || Identifiers.IsObjectMember(typeName) ? $"the member IndicatorFrameworks.{typeName}" : null;
    }
}
