using BudgetSdk.Performance.Values;

namespace BudgetSdk.Facts;

/// <summary>
/// A read 资金支出计划 as the <see cref="SpendingPlan"/> fact. An extension here, not a method of
/// <see cref="SpendingPlanReading"/>, because facts use the performance vocabulary and never the other way round.
/// </summary>
public static class SpendingPlanReadings
{
    /// <summary>The plan, when all four points are known; null when a point is blank or the text is unreadable.</summary>
    /// <param name="reading">The printed plan as read.</param>
    /// <returns>The plan in percent, or null.</returns>
    public static SpendingPlan? ToPlan(this SpendingPlanReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Form != SpendingPlanForm.Unreadable && reading.Percentages.Count == 4 && reading.Percentages.All(p => p.HasValue)
            ? new SpendingPlan(reading.Percentages[0]!.Value, reading.Percentages[1]!.Value, reading.Percentages[2]!.Value, reading.Percentages[3]!.Value)
            : null;
    }
}
