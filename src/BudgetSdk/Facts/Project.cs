using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Performance;

namespace BudgetSdk.Facts;

/// <summary>A project (项目) of 项目支出, with the header of its 项目绩效目标表.</summary>
/// <param name="Code">项目编码: 21 characters, the 6-digit region and the 2-digit year it was set up first; empty where the
/// form prints none (<see cref="Templates.DisclosureTemplate.MayOmitProjectField"/>, the 2023 form).</param>
/// <param name="Name">项目名称.</param>
/// <param name="FiscalFunds">财政资金.</param>
/// <param name="OtherFunds">其他资金.</param>
/// <param name="Purpose">资金用途.</param>
/// <param name="FunctionalCode">The functional code the project is booked to, when known: its 项目支出 must then equal the projects booked to it.</param>
/// <param name="Plan">资金支出计划, when the template prints one.</param>
/// <param name="Goals">绩效目标, numbered in print.</param>
public sealed record Project(
    string Code,
    string Name,
    Money FiscalFunds,
    Money OtherFunds,
    string Purpose,
    FunctionalCode? FunctionalCode = null,
    SpendingPlan? Plan = null,
    IReadOnlyList<string>? Goals = null)
{
    /// <summary>预算数 = 财政资金 + 其他资金; derived, so it cannot disagree with its parts.</summary>
    public Money Budget => FiscalFunds + OtherFunds;

    /// <summary>绩效目标, empty when none is given.</summary>
    public IReadOnlyList<string> Goals { get; init; } = Goals ?? Array.Empty<string>();

    /// <summary>中长期目标, when the table states one.</summary>
    public string? MediumTermGoal { get; init; }

    /// <summary>The indicator grid of the project's 绩效目标表, in printed order.</summary>
    public IReadOnlyList<PerformanceIndicator> Indicators { get; init; } = Array.Empty<PerformanceIndicator>();

    /// <summary>The indicator framework of the project's tiers, or null when it has no indicators.</summary>
    public IndicatorFramework? Framework => Indicators.Count == 0 ? null : Indicators[0].Tier.Framework;

    /// <inheritdoc />
    public bool Equals(Project? other) => other is not null
        && Code == other.Code && Name == other.Name && FiscalFunds == other.FiscalFunds && OtherFunds == other.OtherFunds
        && Purpose == other.Purpose && Equals(FunctionalCode, other.FunctionalCode) && Plan == other.Plan
        && Goals.SequenceEqual(other.Goals) && MediumTermGoal == other.MediumTermGoal && Indicators.SequenceEqual(other.Indicators);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, FiscalFunds, OtherFunds);
}

/// <summary>资金支出计划: the cumulative share of the budget spent by the end of March, June, October and December, in percent.</summary>
/// <param name="March">3月底 (%).</param>
/// <param name="June">6月底 (%).</param>
/// <param name="October">10月底 (%).</param>
/// <param name="December">12月底 (%): 100 in a valid plan.</param>
public sealed record SpendingPlan(decimal March, decimal June, decimal October, decimal December)
{
    /// <summary>The four points in order.</summary>
    public IReadOnlyList<decimal> Points => new[] { March, June, October, December };
}
