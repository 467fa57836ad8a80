namespace BudgetSdk.Performance.Values;

/// <summary>How the four cumulative points of a 资金支出计划 are printed under its "(%)" header.</summary>
public enum SpendingPlanForm
{
    /// <summary>Percentages, as the header says: 25%, 50%, … or bare 25 50 75 100.</summary>
    Percent,

    /// <summary>Amounts in 万元 that end at the budget: 7.50 15.00 22.50 30.00 for a 30.00 万元 budget.</summary>
    Amounts,

    /// <summary>Fractions of the budget: 0.25 0.50 0.75 1.00.</summary>
    Fractions,

    /// <summary>Nothing that reads as a plan: text, negative numbers, numbers beyond both 100 and the budget, or no point at all.</summary>
    Unreadable,
}
