using BudgetSdk.Amounts;

namespace BudgetSdk.Forms.Checking;

/// <summary>Converting and rounding printed amounts between 元 and 万元 the way the documents print them.</summary>
internal static class Units
{
    private const decimal YuanPerWan = 10_000m;

    /// <summary>The amount in another unit, unrounded.</summary>
    public static decimal Convert(decimal value, MoneyUnit from, MoneyUnit to)
        => from == to ? value : from == MoneyUnit.Yuan ? value / YuanPerWan : value * YuanPerWan;

    /// <summary>Rounded as printed: half away from zero (87.705 → 87.71).</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>The coarser of two units (万元 over 元).</summary>
    public static MoneyUnit Coarser(MoneyUnit a, MoneyUnit b) => a == MoneyUnit.TenThousandYuan || b == MoneyUnit.TenThousandYuan ? MoneyUnit.TenThousandYuan : MoneyUnit.Yuan;
}
