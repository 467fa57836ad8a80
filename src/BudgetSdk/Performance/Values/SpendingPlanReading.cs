namespace BudgetSdk.Performance.Values;

/// <summary>What a printed 资金支出计划 says: the form it was printed in and the cumulative percentages it implies.</summary>
/// <param name="Form">The form found.</param>
/// <param name="Percentages">The percentage at 3月底, 6月底, 10月底 and 12月底; null where the cell is blank (not printed) or unreadable.</param>
/// <param name="Message">For a form other than percentages, what was found and how it was read; null for percentages.</param>
public sealed record SpendingPlanReading(SpendingPlanForm Form, IReadOnlyList<decimal?> Percentages, string? Message)
{
    /// <inheritdoc />
    public bool Equals(SpendingPlanReading? other) =>
        other is not null && Form == other.Form && Percentages.SequenceEqual(other.Percentages) && Message == other.Message;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Form, Percentages.Count, Message);
}
