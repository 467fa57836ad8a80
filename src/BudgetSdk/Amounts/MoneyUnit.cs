namespace BudgetSdk.Amounts;

/// <summary>The unit an amount is stated in.</summary>
public enum MoneyUnit
{
    /// <summary>元 (yuan).</summary>
    Yuan,

    /// <summary>万元 (ten thousand yuan): the unit every table of a disclosure prints, with two decimals.</summary>
    TenThousandYuan,
}
