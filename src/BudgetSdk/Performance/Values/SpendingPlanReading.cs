using BudgetSdk.Facts;

namespace BudgetSdk.Performance.Values;

/// <summary>What a printed 资金支出计划 says: the form it was printed in and the cumulative percentages it implies.</summary>
/// <param name="Form">The form found.</param>
/// <param name="Percentages">The percentage at 3月底, 6月底, 10月底 and 12月底; null where the cell is blank (not printed) or unreadable.</param>
/// <param name="Message">For a form other than percentages, what was found and how it was read; null for percentages.</param>
public sealed record SpendingPlanReading(SpendingPlanForm Form, IReadOnlyList<decimal?> Percentages, string? Message)
{
    /// <summary>The plan, when all four points are known; null when a point is blank or the text is unreadable.</summary>
    /// <returns>The plan in percent, or null.</returns>
    public SpendingPlan? ToPlan() =>
        Form != SpendingPlanForm.Unreadable && Percentages.Count == 4 && Percentages.All(p => p.HasValue)
            ? new SpendingPlan(Percentages[0]!.Value, Percentages[1]!.Value, Percentages[2]!.Value, Percentages[3]!.Value)
            : null;

    /// <inheritdoc />
    public bool Equals(SpendingPlanReading? other) =>
        other is not null && Form == other.Form && Percentages.SequenceEqual(other.Percentages) && Message == other.Message;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Form, Percentages.Count, Message);
}
