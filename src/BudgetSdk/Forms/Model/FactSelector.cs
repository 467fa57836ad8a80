using BudgetSdk.Facts;

namespace BudgetSdk.Forms.Model;

/// <summary>What a quantity of the facts a table, column or line holds.</summary>
public enum FactMeasure
{
    /// <summary>Inherit the enclosing selector's measure (a column or line that only narrows funds or kinds).</summary>
    Inherit,

    /// <summary>Spending by functional code (<see cref="DisclosureFacts.Spending"/>): the default for income and expense.</summary>
    Spending,

    /// <summary>基本支出 by economic 款 (<see cref="DisclosureFacts.BasicExpenditures"/>).</summary>
    BasicByEconomic,

    /// <summary>“三公”经费 and 会议费/培训费 (<see cref="DisclosureFacts.ThreePublic"/>).</summary>
    ThreePublic,

    /// <summary>
    /// 机关运行经费 (<see cref="DisclosureFacts.OperatingFunds"/> where stated, else the 公用经费 of 基本支出), on economic 302 and
    /// 310 unless <see cref="FactSelector.Economic"/> narrows it.
    /// </summary>
    OperatingFunds,

    /// <summary>Nothing: a line the facts do not fill (上年结转 in a form whose facts carry none), printed blank.</summary>
    None,

    /// <summary>
    /// 政府采购预算 by 品目 category (<see cref="DisclosureFacts.Procurement"/>): 货物 A, 工程 B, 服务 C, the first letter of
    /// each line's 政府采购品目 code; <see cref="FactSelector.Procurement"/> narrows it.
    /// </summary>
    Procurement,
}

/// <summary>The part of 基本支出 an economic row holds.</summary>
public enum BasicPart
{
    /// <summary>人员经费.</summary>
    Personnel,

    /// <summary>公用经费.</summary>
    PublicUse,
}

/// <summary>
/// Which facts a table, column or line sums. Each field narrows: null means "any". A column's selector is applied on top of
/// its table's, so a table selects 一般公共预算 once and its columns select 基本 or 项目.
/// </summary>
/// <param name="Measure">What is summed.</param>
/// <param name="Funds">资金来源 taken; null for all.</param>
/// <param name="Kinds">Uses of money taken (基本, 项目, 单位预留机动经费 …); null for all.</param>
/// <param name="Part">人员经费 or 公用经费 of 基本支出; null for both.</param>
/// <param name="ThreePublic">The “三公” components taken; null for all of the three (not 会议费/培训费).</param>
/// <param name="Economic">Economic code prefixes taken (e.g. 302, 310); null for all.</param>
/// <param name="CarriedOver">True for 上年结转 money only, false for this year's only, null for both.</param>
public sealed record FactSelector(
    FactMeasure Measure,
    IReadOnlyList<FundingSource>? Funds,
    IReadOnlyList<ExpenseKind>? Kinds,
    BasicPart? Part,
    IReadOnlyList<ThreePublicComponent>? ThreePublic,
    IReadOnlyList<string>? Economic,
    bool? CarriedOver)
{
    /// <summary>Selects everything (and inherits the measure).</summary>
    public static FactSelector Any { get; } = new(FactMeasure.Inherit, null, null, null, null, null, null);

    /// <summary>
    /// The 政府采购品目 categories taken (<c>A</c> 货物, <c>B</c> 工程, <c>C</c> 服务) by a <see cref="FactMeasure.Procurement"/>
    /// selector; null for all.
    /// </summary>
    public IReadOnlyList<string>? Procurement { get; init; }

    /// <summary>
    /// 支出功能分类 code prefixes a spending selector takes (<c>201</c> for the 类 一般公共服务支出, or a 款 or 项); null for all. A
    /// fixed line selecting one 类 stands for it (Hebei's 一、一般公共服务支出 line of 部门预算收支总表), so <c>*</c> identities match
    /// it by code as they match a code row.
    /// </summary>
    public IReadOnlyList<string>? Functional { get; init; }

    /// <summary>This selector narrowed by an inner one (a column's or a line's): each field the inner sets replaces this one's.</summary>
    public FactSelector Narrow(FactSelector inner) => new(
        inner.Measure == FactMeasure.Inherit ? Measure : inner.Measure,
        inner.Funds ?? Funds,
        inner.Kinds ?? Kinds,
        inner.Part ?? Part,
        inner.ThreePublic ?? ThreePublic,
        inner.Economic ?? Economic,
        inner.CarriedOver ?? CarriedOver)
    {
        Procurement = inner.Procurement ?? Procurement,
        Functional = inner.Functional ?? Functional,
    };

    /// <summary>The one 支出功能分类 code a selector names, or null when it names none or several.</summary>
    public string? FunctionalCode => Functional is [var code] ? code : null;
}
