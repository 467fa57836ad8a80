using BudgetSdk.Rules;

namespace BudgetSdk.Audit;

/// <summary>
/// Rules only a published document can break: a disclosure built by BudgetSdk derives every figure these compare,
/// so <see cref="RuleCatalog"/> has no use for them. Ids are stable and documented in docs/rules.md ("Audit-only
/// rules").
/// </summary>
public static class AuditRules
{
    /// <summary>An amount the explanatory sections quote equals its table figure.</summary>
    public static Rule NarrativeAmount { get; } = new("BDR0901", Severity.Error, "every amount sections 二、三、四 and 九 quote equals its table figure");

    /// <summary>资金支出计划 under a “(%)” header is printed as percentages.</summary>
    public static Rule PlanAsPercent { get; } = new("BDR0902", Severity.Error, "资金支出计划 under a “(%)” header is printed as cumulative percentages, not amounts or fractions");

    /// <summary>政府采购预算: 合计 and 小计 rows are the sums of their rows; each row's 合计 is the sum of its fund columns.</summary>
    public static Rule ProcurementTotals { get; } = new("BDR0903", Severity.Error, "政府采购预算: 合计 and 小计 = Σ their rows, and each row's 合计 = Σ its fund columns");

    /// <summary>资产总额 = 房屋 + 车辆 + 设备 + 其他固定资产.</summary>
    public static Rule AssetsTotal { get; } = new("BDR0904", Severity.Error, "固定资产占用情况表: 资产总额 = 房屋 + 车辆 + 单价20万元以上设备 + 其他固定资产");

    /// <summary>A project's 预算数 = 财政资金 + 其他资金.</summary>
    public static Rule ProjectBudget { get; } = new("BDR0905", Severity.Error, "项目绩效目标表: 预算数 = 财政资金 + 其他资金");

    /// <summary>The projects section 二 lists add up to 项目支出 (when the list is complete), and each equals its table's 预算数.</summary>
    public static Rule ProjectList { get; } = new("BDR0909", Severity.Error, "the projects section 二 lists add up to 项目支出, and each equals the 预算数 of its 项目绩效目标表");

    /// <summary>Every audit-only rule, by id.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { NarrativeAmount, PlanAsPercent, ProcurementTotals, AssetsTotal, ProjectBudget, ProjectList };
}
