namespace BudgetSdk.Performance.Values;

/// <summary>The comparison a 指标值 states; <see cref="None"/> when the number is printed bare (1 人).</summary>
public enum IndicatorOperator
{
    /// <summary>No operator printed.</summary>
    None,

    /// <summary>= (also ＝, 等于).</summary>
    Equal,

    /// <summary>&gt; (also ＞, 大于, 高于, 超过, 多于).</summary>
    GreaterThan,

    /// <summary>≥ (also &gt;=, ≧, 大于等于, 不低于, 不少于, 不小于, a trailing 以上).</summary>
    GreaterOrEqual,

    /// <summary>&lt; (also ＜, 小于, 低于, 少于).</summary>
    LessThan,

    /// <summary>≤ (also &lt;=, ≦, 小于等于, 不高于, 不超过, 不大于, a trailing 以下 or 以内).</summary>
    LessOrEqual,
}
