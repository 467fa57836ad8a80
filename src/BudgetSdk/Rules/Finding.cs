namespace BudgetSdk.Rules;

/// <summary>
/// One inconsistency in a published disclosure: the rule it breaks (the same ids as <see cref="RuleCatalog"/>),
/// how bad, where, what was printed, what the rule expects, and why.
/// </summary>
/// <param name="Rule">The rule id, e.g. <c>BDR0705</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">Table + row + column (<c>T9/合计/合计</c>), or section + the sentence, or a project path.</param>
/// <param name="Printed">What the document prints there (<c>blank</c> for an empty cell), when there is a value.</param>
/// <param name="Expected">What the rule expects, when there is a value.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record Finding(string Rule, Severity Severity, string Location, string? Printed, string? Expected, string Message)
{
    /// <summary>The 1-based line of the source text the finding points at (the row, sentence or table), when known.</summary>
    public int? Line { get; init; }

    /// <inheritdoc />
    public override string ToString()
        => $"{Rule} {(Severity == Severity.Error ? "error" : "warning")} at {Location}: {Message}"
            + (Printed is null && Expected is null ? string.Empty : $" (printed {Printed ?? "-"}, expected {Expected ?? "-"})");
}
