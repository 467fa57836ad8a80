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

    /// <summary>Without 项目编码, the department's name or a title names one county (or other division) as the region; when
    /// 项目编码 give it, the name agrees.</summary>
    public static Rule RegionNamed { get; } = new("BDR0906", Severity.Warning, "财政区划: without 项目编码 the department's name or a title names one division, and a name agrees with the 项目编码");

    /// <summary>Every table the template lists is printed.</summary>
    public static Rule RequiredTable { get; } = new("BDR0907", Severity.Error, "every table the template lists (T1–T9) is printed");

    /// <summary>A section the template gives a subject is printed, and says something while its subject is not zero.</summary>
    public static Rule RequiredSection { get; } = new("BDR0908", Severity.Error, "a section the template gives a subject is printed, and says something while its subject is not zero");

    /// <summary>The projects section 二 lists add up to 项目支出 (when the list is complete), and each equals its table's 预算数.</summary>
    public static Rule ProjectList { get; } = new("BDR0909", Severity.Error, "the projects section 二 lists add up to 项目支出, and each equals the 预算数 of its 项目绩效目标表");

    /// <summary>A total's 比上年 change is the sum of its parts' changes.</summary>
    public static Rule ChangeSum { get; } = new("BDR0910", Severity.Error, "a total's 比上年 change = Σ its parts' changes (支出 = Δ基本 + Δ项目; “三公” = Σ its parts)");

    /// <summary>A 比上年 statement's direction, amount and percent agree with the amounts it compares.</summary>
    public static Rule ChangeDirection { get; } = new("BDR0911", Severity.Error, "a 比上年 statement's 增加/减少, amount and percent agree with this year's and last year's amounts");

    /// <summary>An amount of 0.00 cannot have increased on last year.</summary>
    public static Rule ZeroIncreased { get; } = new("BDR0912", Severity.Error, "an amount of 0.00万元 has not increased on last year");

    /// <summary>A change of 10 % or more on last year gives its reason.</summary>
    public static Rule ChangeReason { get; } = new("BDR0913", Severity.Warning, "a change of 10% or more on last year gives its reason");

    /// <summary>Sections 二–四 name only the budget year and the year before.</summary>
    public static Rule NamedYear { get; } = new("BDR0914", Severity.Warning, "sections 二、三、四 name only the budget year and the year before");

    /// <summary>A quoted amount is not its table figure ×/÷ 10,000 (元 for 万元).</summary>
    public static Rule UnitSlip { get; } = new("BDR0915", Severity.Error, "an amount the sections quote is not its table figure ×/÷ 10,000 (元 printed as 万元)");

    /// <summary>Every audit-only rule, by id.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { NarrativeAmount, PlanAsPercent, ProcurementTotals, AssetsTotal, ProjectBudget, RegionNamed, RequiredTable, RequiredSection, ProjectList, ChangeSum, ChangeDirection, ZeroIncreased, ChangeReason, NamedYear, UnitSlip };
}
