using BudgetSdk.Amounts;
using BudgetSdk.Performance;

namespace BudgetSdk.Facts;

/// <summary>
/// The free text of the explanatory sections (情况说明). Amounts are never typed here: the sections quote the
/// tables, and BudgetSdk fills those figures in.
/// </summary>
public sealed record Narrative
{
    /// <summary>部门职责, one duty per entry.</summary>
    public IReadOnlyList<string> Duties { get; init; } = Array.Empty<string>();

    /// <summary>项目支出 主要为 …: the projects the 支出说明 names, or empty to name the largest ones.</summary>
    public string? ProjectSummary { get; init; }

    /// <summary>比上年增减 reasons for 基本支出.</summary>
    public string? BasicChangeReason { get; init; }

    /// <summary>比上年增减 reasons for 项目支出.</summary>
    public string? ProjectChangeReason { get; init; }

    /// <summary>机关运行经费 主要用于 ….</summary>
    public string? OperatingFundsUse { get; init; }

    /// <summary>“三公”经费 增减变化的主要原因.</summary>
    public string? ThreePublicChangeReason { get; init; }

    /// <summary>五、部门整体绩效目标: 总体目标, 分项目标 with their inline indicators, 工作保障措施.</summary>
    public DepartmentTargets Targets { get; init; } = new();

    /// <summary>六、部门主管专项资金; null prints 无.</summary>
    public string? SpecialFunds { get; init; }

    /// <summary>十一、其他需要说明的事项; null prints the template's 无 sentence.</summary>
    public string? OtherMatters { get; init; }

    /// <inheritdoc />
    public bool Equals(Narrative? other) => other is not null
        && Duties.SequenceEqual(other.Duties) && ProjectSummary == other.ProjectSummary
        && BasicChangeReason == other.BasicChangeReason && ProjectChangeReason == other.ProjectChangeReason
        && OperatingFundsUse == other.OperatingFundsUse && ThreePublicChangeReason == other.ThreePublicChangeReason
        && Targets == other.Targets && SpecialFunds == other.SpecialFunds && OtherMatters == other.OtherMatters;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Duties.Count, Targets);
}

/// <summary>Last year's budget, for the 比上年增减 statements.</summary>
/// <param name="Basic">上年 基本支出.</param>
/// <param name="Project">上年 项目支出.</param>
/// <param name="ThreePublic">上年 “三公”经费; null when not known (a published document may state no change of it).</param>
public sealed record PriorYear(Money Basic, Money Project, Money? ThreePublic)
{
    /// <summary>上年 支出合计 = 基本 + 项目.</summary>
    public Money Total => Basic + Project;
}
