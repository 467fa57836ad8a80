namespace BudgetSdk.Performance;

/// <summary>
/// A tier of an indicator framework: 一级 (level 1) or 二级 (level 2, under a 一级 parent). Tiers are only made by
/// their <see cref="IndicatorFramework"/> (typed as <c>IndicatorTiers.Hebei2024.产出指标.数量指标</c>), so a tier
/// always sits under the parent its framework allows; equality is by reference.
/// </summary>
public sealed class IndicatorTier
{
    private IndicatorTier[] _children = Array.Empty<IndicatorTier>();

    internal IndicatorTier(IndicatorFramework framework, string name, int level, string? parent, bool required)
    {
        Framework = framework;
        Name = name;
        Level = level;
        Parent = parent;
        Required = required;
    }

    /// <summary>The framework the tier belongs to.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>The tier name, e.g. 数量指标.</summary>
    public string Name { get; }

    /// <summary>1 for 一级, 2 for 二级.</summary>
    public int Level { get; }

    /// <summary>The name of the 一级 tier of a 二级 tier, or null.</summary>
    public string? Parent { get; }

    /// <summary>The 一级 tier of a 二级 tier (an instance of the same framework), or null for a 一级 tier.</summary>
    public IndicatorTier? ParentTier { get; private set; }

    /// <summary>The 二级 tiers under a 一级 tier, in schema order; empty for a 二级 tier.</summary>
    public IReadOnlyList<IndicatorTier> Children => _children;

    /// <summary>
    /// For a 一级 tier: whether every project must have indicators under it (the schema's <c>required</c>,
    /// true unless set false). Always false for a 二级 tier.
    /// </summary>
    public bool Required { get; }

    /// <inheritdoc />
    public override string ToString() => Parent is null ? Name : $"{Parent} › {Name}";

    /// <summary>Set once by the framework's constructor, when every tier exists.</summary>
    internal void Link(IndicatorTier? parent, IndicatorTier[] children)
    {
        ParentTier = parent;
        _children = children;
    }
}
