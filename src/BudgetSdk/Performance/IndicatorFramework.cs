using System.ComponentModel;

namespace BudgetSdk.Performance;

/// <summary>
/// A performance-indicator framework (绩效指标体系): the 一级 and 二级 tiers a project's indicators are filed
/// under. Frameworks are versioned data (e.g. the 2024 Hebei practice vs the 2021 central framework, where
/// 成本指标 is a 一级 tier), generated from the schema into <c>IndicatorFrameworks</c>.
/// </summary>
public sealed class IndicatorFramework
{
    private readonly IndicatorTier[] _tiers;

    /// <summary>Creates a framework; generated code calls this.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IndicatorFramework(string id, int edition, string title, string? source, (string Name, int Level, string? Parent)[] tiers)
    {
        Id = id;
        Edition = edition;
        Title = title;
        Source = source;
        _tiers = tiers.Select(t => new IndicatorTier(this, t.Name, t.Level, t.Parent)).ToArray();
    }

    /// <summary>The schema id, e.g. <c>hebei-2024</c>.</summary>
    public string Id { get; }

    /// <summary>The edition (budget year) the framework applies from.</summary>
    public int Edition { get; }

    /// <summary>The title of the framework.</summary>
    public string Title { get; }

    /// <summary>Where the framework was taken from.</summary>
    public string? Source { get; }

    /// <summary>All tiers: each 一级 tier followed by its 二级 tiers, in schema order.</summary>
    public IReadOnlyList<IndicatorTier> Tiers => _tiers;

    /// <summary>The 一级 tiers (产出指标, 效益指标, 满意度指标, …).</summary>
    public IEnumerable<IndicatorTier> FirstTiers => _tiers.Where(t => t.Level == 1);

    /// <summary>The tier with the given name, or null.</summary>
    public IndicatorTier? Find(string name) => _tiers.FirstOrDefault(t => t.Name == name);

    /// <summary>The 二级 tiers allowed under a 一级 tier.</summary>
    public IEnumerable<IndicatorTier> ChildrenOf(IndicatorTier parent) => _tiers.Where(t => t.Parent == parent.Name);

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Id})";
}

/// <summary>A tier of an indicator framework: 一级 (level 1) or 二级 (level 2, under a 一级 parent).</summary>
public sealed class IndicatorTier
{
    internal IndicatorTier(IndicatorFramework framework, string name, int level, string? parent)
    {
        Framework = framework;
        Name = name;
        Level = level;
        Parent = parent;
    }

    /// <summary>The framework the tier belongs to.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>The tier name, e.g. 数量指标.</summary>
    public string Name { get; }

    /// <summary>1 for 一级, 2 for 二级.</summary>
    public int Level { get; }

    /// <summary>The 一级 tier of a 二级 tier, or null.</summary>
    public string? Parent { get; }

    /// <inheritdoc />
    public override string ToString() => Parent is null ? Name : $"{Parent} › {Name}";
}
