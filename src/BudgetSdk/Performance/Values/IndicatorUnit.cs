namespace BudgetSdk.Performance.Values;

/// <summary>
/// A unit a 指标值 is stated in, taken from <see cref="IndicatorUnits"/>. Money units know their size in 元 so that a
/// 成本指标 can be compared with the budget (8400元/年 = 0.84 万元/年).
/// </summary>
public sealed record IndicatorUnit
{
    internal IndicatorUnit(string symbol, IndicatorUnitKind kind, decimal? yuanFactor = null, string? per = null, bool inCatalogue = true)
    {
        Symbol = symbol;
        Kind = kind;
        YuanFactor = yuanFactor;
        Per = per;
        InCatalogue = inCatalogue;
    }

    /// <summary>The canonical symbol, as <see cref="IndicatorValue.Format"/> prints it: %, 人次, 元/天/人.</summary>
    public string Symbol { get; }

    /// <summary>What the unit measures.</summary>
    public IndicatorUnitKind Kind { get; }

    /// <summary>For money and money rates, how many 元 one unit is (万元 → 10000); null otherwise.</summary>
    public decimal? YuanFactor { get; }

    /// <summary>For rates, the denominator: 人 for 元/人, 天/人 for 元/天/人; null otherwise.</summary>
    public string? Per { get; }

    /// <summary>False for a measure word read from the text that the catalogue does not list (e.g. 枚).</summary>
    public bool InCatalogue { get; }

    /// <summary>
    /// Converts an amount between money units, or between money rates with the same denominator (元/年 ↔ 万元/年).
    /// Any unit converts to itself; nothing else converts.
    /// </summary>
    /// <param name="value">The amount in <paramref name="from"/>.</param>
    /// <param name="from">The unit it is stated in.</param>
    /// <param name="to">The unit wanted.</param>
    /// <param name="result">The amount in <paramref name="to"/>, or 0 when false is returned.</param>
    /// <returns>Whether the units are convertible.</returns>
    public static bool TryConvert(decimal value, IndicatorUnit from, IndicatorUnit to, out decimal result)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        result = 0m;
        if (from == to)
        {
            result = value;
            return true;
        }

        // Only money has a common measure (元); a rate converts only per the same thing (元/人 is not 元/年).
        var bothMoney = from.Kind == IndicatorUnitKind.Money && to.Kind == IndicatorUnitKind.Money;
        var sameRate = from.Kind == IndicatorUnitKind.MoneyRate && to.Kind == IndicatorUnitKind.MoneyRate && from.Per == to.Per;
        if (!(bothMoney || sameRate) || from.YuanFactor is not { } fromFactor || to.YuanFactor is not { } toFactor)
        {
            return false;
        }

        // A value whose 元 do not fit a decimal does not convert (a printed number can be that large).
        if (Math.Abs(value) > decimal.MaxValue / fromFactor)
        {
            return false;
        }

        result = value * fromFactor / toFactor;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Symbol;
}
