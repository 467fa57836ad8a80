namespace BudgetSdk.Performance.Values;

/// <summary>The form a 指标值 takes once parsed.</summary>
public enum IndicatorValueKind
{
    /// <summary>An optional operator, a number and an optional unit: ≥95%, 1 人, 18000 元/人, ≤189 万元, 1年.</summary>
    Comparison,

    /// <summary>A calendar date or deadline: 2023年12月, 2024年12月31日前, 12月底前, 2024年.</summary>
    Date,

    /// <summary>A recurring time: 每月25日前, 每季度, 按月. A duration (1年, 3个工作日内) is a <see cref="Comparison"/> in a time unit.</summary>
    Period,

    /// <summary>A yes/no form: 是否及时, 是否提高, 是, 否.</summary>
    YesNo,

    /// <summary>Free text: 有效保障, 按规定时间及时发放, 符合《电信服务规范》.</summary>
    Qualitative,

    /// <summary>Text that looks like a value but is not a well-formed one: kept as printed, with reasons in <see cref="IndicatorValue.Flags"/>.</summary>
    Malformed,
}
