using BudgetSdk.Performance.Values;

namespace BudgetSdk.Performance;

/// <summary>
/// One row of a 项目绩效目标表's indicator grid: a 三级指标 filed under a 二级 tier (whose 一级 tier follows from it,
/// so an indicator cannot sit under the wrong 一级), with its description, value and basis.
/// </summary>
public sealed record PerformanceIndicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="tier">The 二级 tier, e.g. <c>IndicatorTiers.Hebei2024.产出指标.数量指标</c>.</param>
    /// <param name="name">三级指标.</param>
    /// <param name="description">绩效指标描述.</param>
    /// <param name="value">指标值.</param>
    /// <param name="basis">指标值确定依据.</param>
    /// <exception cref="ArgumentException">The tier is a 一级 tier.</exception>
    public PerformanceIndicator(IndicatorTier tier, string name, string description, IndicatorValue value, string basis)
    {
        ArgumentNullException.ThrowIfNull(tier);
        if (tier.Level != 2)
        {
            throw new ArgumentException($"an indicator is filed under a 二级 tier; {tier.Name} is a 一级 tier of {tier.Framework.Id}", nameof(tier));
        }

        Tier = tier;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Basis = basis ?? throw new ArgumentNullException(nameof(basis));
    }

    /// <summary>二级指标.</summary>
    public IndicatorTier Tier { get; }

    /// <summary>一级指标: the parent of <see cref="Tier"/>.</summary>
    public IndicatorTier FirstTier => Tier.Framework.Find(Tier.Parent!)!;

    /// <summary>三级指标.</summary>
    public string Name { get; }

    /// <summary>绩效指标描述.</summary>
    public string Description { get; }

    /// <summary>指标值.</summary>
    public IndicatorValue Value { get; }

    /// <summary>指标值确定依据.</summary>
    public string Basis { get; }
}
