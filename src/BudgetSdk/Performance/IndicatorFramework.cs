using System.ComponentModel;

namespace BudgetSdk.Performance;

/// <summary>
/// A performance-indicator framework (绩效指标体系): the 一级 and 二级 tiers a project's indicators are filed
/// under. Frameworks are versioned data (e.g. the 2024 Hebei practice vs the 2021 central framework, where
/// 成本指标 is a 一级 tier), generated from the schema into <c>IndicatorFrameworks</c>, with typed tiers in
/// <c>IndicatorTiers</c> (e.g. <c>IndicatorTiers.Hebei2024.产出指标.数量指标</c>).
/// </summary>
public sealed class IndicatorFramework
{
    private readonly IndicatorTier[] _tiers;
    private readonly IndicatorTier[] _firstTiers;
    private readonly IndicatorTier[] _secondTiers;

    /// <summary>Creates a framework; generated code calls this.</summary>
    /// <exception cref="ArgumentException">A tier name repeats, a level is not 1 or 2, or a 二级 tier's parent is not a 一级 tier.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IndicatorFramework(string id, int edition, string title, string? source, (string Name, int Level, string? Parent, bool Required)[] tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        Id = id;
        Edition = edition;
        Title = title;
        Source = source;

        // Only 一级 tiers can be required: the flag says a project must have indicators under the tier.
        _tiers = tiers.Select(t => new IndicatorTier(this, t.Name, t.Level, t.Parent, t.Level == 1 && t.Required)).ToArray();
        _firstTiers = _tiers.Where(t => t.Level == 1).ToArray();
        _secondTiers = _tiers.Where(t => t.Level == 2).ToArray();
        Link();
    }

    /// <summary>The schema id, e.g. <c>hebei-2024</c>.</summary>
    public string Id { get; }

    /// <summary>The edition (budget year) the framework applies from.</summary>
    public int Edition { get; }

    /// <summary>The title of the framework.</summary>
    public string Title { get; }

    /// <summary>Where the framework was taken from.</summary>
    public string? Source { get; }

    /// <summary>All tiers, in schema order (each 一级 tier followed by its 二级 tiers in the shipped frameworks).</summary>
    public IReadOnlyList<IndicatorTier> Tiers => _tiers;

    /// <summary>The 一级 tiers (产出指标, 效益指标, 满意度指标, …).</summary>
    public IReadOnlyList<IndicatorTier> FirstTiers => _firstTiers;

    /// <summary>The 二级 tiers (数量指标, 质量指标, …), each under its <see cref="IndicatorTier.ParentTier"/>.</summary>
    public IReadOnlyList<IndicatorTier> SecondTiers => _secondTiers;

    /// <summary>The tier with the given name, of either level, or null.</summary>
    public IndicatorTier? Find(string name) => Array.Find(_tiers, t => t.Name == name);

    /// <summary>The 一级 tier with the given name, or null (also when the name is a 二级 tier).</summary>
    public IndicatorTier? FindFirst(string name) => Array.Find(_firstTiers, t => t.Name == name);

    /// <summary>
    /// The 二级 tier <paramref name="secondTier"/> under the 一级 tier <paramref name="firstTier"/>, or null when the
    /// framework does not file it there: how a printed 一级/二级 pair is filed, and a wrong parent detected.
    /// </summary>
    public IndicatorTier? FindSecond(string firstTier, string secondTier)
        => Array.Find(_secondTiers, t => t.Name == secondTier && t.Parent == firstTier);

    /// <summary>The 二级 tiers allowed under a 一级 tier (matched by name, so a tier of another framework works too).</summary>
    public IEnumerable<IndicatorTier> ChildrenOf(IndicatorTier parent) => _tiers.Where(t => t.Parent == parent.Name);

    /// <summary>
    /// A tier that must exist: the 一级 tier <paramref name="first"/>, or the 二级 tier <paramref name="second"/> under
    /// it. Generated <c>IndicatorTiers</c> members call this, so they return this framework's own instances.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The framework has no such tier.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IndicatorTier Tier(string first, string? second)
        => (second is null ? FindFirst(first) : FindSecond(first, second))
            ?? throw new KeyNotFoundException($"framework {Id} has no tier {(second is null ? first : first + " › " + second)}");

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Id})";

    // Parents are looked up after every tier exists: the schema may list a 二级 tier before its 一级 tier.
    private void Link()
    {
        if (_tiers.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count() != _tiers.Length)
        {
            throw new ArgumentException($"framework {Id} lists a tier name twice; expected unique names", "tiers");
        }

        foreach (var tier in _tiers)
        {
            var parent = tier.Level switch
            {
                1 when tier.Parent is null => null,
                2 => FindFirst(tier.Parent ?? string.Empty)
                    ?? throw new ArgumentException($"二级 tier {tier.Name} of {Id} names parent '{tier.Parent}', which is not a 一级 tier", "tiers"),
                _ => throw new ArgumentException($"tier {tier.Name} of {Id} is level {tier.Level}; expected 1 (no parent) or 2 (with a parent)", "tiers"),
            };
            tier.Link(parent, _secondTiers.Where(c => c.Parent == tier.Name && tier.Level == 1).ToArray());
        }
    }
}
