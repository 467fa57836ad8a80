namespace BudgetSdk.Performance.Values;

/// <summary>What a unit measures; money units carry a factor to 元 so amounts can be converted.</summary>
public enum IndicatorUnitKind
{
    /// <summary>% (printed also as 百分比 or ％).</summary>
    Percent,

    /// <summary>A count of things or events: 人, 次, 台, 个, 人次, 批次, …, and measure words the catalogue does not list.</summary>
    Count,

    /// <summary>An amount of money: 元, 万元.</summary>
    Money,

    /// <summary>Money per something: 元/人, 元/年, 元/天/人, 万元/年.</summary>
    MoneyRate,

    /// <summary>An area: 平方米, 亩.</summary>
    Area,

    /// <summary>A length: 米, 毫米, 公里.</summary>
    Length,

    /// <summary>A duration: 天, 年, 月, 小时, 工作日.</summary>
    Time,

    /// <summary>Anything else: weights, volumes, scores (分), rates that are not money (次/年).</summary>
    Other,
}
