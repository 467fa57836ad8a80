using BudgetSdk.Performance.Values;

namespace BudgetSdk.Performance;

/// <summary>部门整体绩效目标 (section 五): the overall goal, the sub-goals with their inline indicators, and 保障措施.</summary>
public sealed record DepartmentTargets
{
    /// <summary>总体绩效目标.</summary>
    public string? OverallGoal { get; init; }

    /// <summary>分项绩效目标.</summary>
    public IReadOnlyList<SubGoal> SubGoals { get; init; } = Array.Empty<SubGoal>();

    /// <summary>工作保障措施, one paragraph per entry.</summary>
    public IReadOnlyList<string> Safeguards { get; init; } = Array.Empty<string>();

    /// <inheritdoc />
    public bool Equals(DepartmentTargets? other) => other is not null && OverallGoal == other.OverallGoal
        && SubGoals.SequenceEqual(other.SubGoals) && Safeguards.SequenceEqual(other.Safeguards);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OverallGoal, SubGoals.Count, Safeguards.Count);
}

/// <summary>One 分项绩效目标: a heading, its text, and the indicators it states inline (绩效指标：…100%；…≥4次).</summary>
/// <param name="Title">The heading, e.g. 提高政治站位，建设政治型机关.</param>
/// <param name="Text">绩效目标 text.</param>
/// <param name="Indicators">Inline indicators, each a name and a value.</param>
public sealed record SubGoal(string Title, string Text, IReadOnlyList<InlineIndicator> Indicators)
{
    /// <inheritdoc />
    public bool Equals(SubGoal? other) => other is not null && Title == other.Title && Text == other.Text && Indicators.SequenceEqual(other.Indicators);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Text, Indicators.Count);
}

/// <summary>An indicator stated inside a sentence: its name and its value, e.g. 业务法规学习次数 ≥2次.</summary>
/// <param name="Name">The indicator's name.</param>
/// <param name="Value">Its value.</param>
public sealed record InlineIndicator(string Name, IndicatorValue Value);
