using BudgetSdk.Amounts;
using BudgetSdk.Codes;

namespace BudgetSdk.Facts;

/// <summary>
/// One fact of the budget: an amount booked to a 支出功能分类 项, of one kind of spending, paid from one source,
/// either from this year's income or from money carried over from last year (上年结转).
/// Every row of T2, T3, T4, T5, T7 and T8 is a sum of these.
/// </summary>
/// <param name="Code">The functional code: a leaf (usually a 项) of the disclosure's edition.</param>
/// <param name="Kind">基本支出, 项目支出, ….</param>
/// <param name="Source">Where the money comes from.</param>
/// <param name="Amount">How much.</param>
/// <param name="CarriedOver">True when the money is 上年结转 of <paramref name="Source"/> rather than this year's income.</param>
public sealed record Spending(FunctionalCode Code, ExpenseKind Kind, FundingSource Source, Money Amount, bool CarriedOver = false)
{
    /// <summary>The functional code (never null: a fact without a code could not be placed in any table).</summary>
    public FunctionalCode Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>
    /// For 基本支出: whether the amount is 人员经费 or 公用经费, where a form prints 基本支出 by function split so (Shanghai's
    /// 单位预算 and municipal 财务收支预算总表: 一、一般公共服务支出 | 人员经费 | 公用经费 | 项目支出); null when not split (Hebei's
    /// forms, and the district 部门预算, split 基本支出 by economic 款 only, see <see cref="BasicExpenditure"/>).
    /// </summary>
    public SpendingPart? Part { get; init; }
}

/// <summary>The part of a 基本支出 fact by function (<see cref="Spending.Part"/>).</summary>
public enum SpendingPart
{
    /// <summary>人员经费.</summary>
    Personnel,

    /// <summary>公用经费.</summary>
    PublicUse,
}

/// <summary>
/// One row of 一般公共预算财政拨款基本支出表 (T6) as a fact: a 部门预算支出经济分类 款 and its 人员经费 and 公用经费.
/// </summary>
/// <param name="Code">The economic 款 (5 digits) of the disclosure's edition.</param>
/// <param name="Personnel">人员经费.</param>
/// <param name="PublicUse">公用经费.</param>
public sealed record BasicExpenditure(DepartmentEconomicCode Code, Money Personnel, Money PublicUse)
{
    /// <summary>The economic 款 (never null).</summary>
    public DepartmentEconomicCode Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>人员经费 + 公用经费.</summary>
    public Money Total => Personnel + PublicUse;
}

/// <summary>One “三公” component paid from one fiscal fund.</summary>
/// <param name="Component">The component, e.g. 公务接待费.</param>
/// <param name="Fund">一般公共预算, 政府性基金 or 国有资本经营: T9 prints the fiscal funds only.</param>
/// <param name="Amount">How much.</param>
public sealed record ThreePublicExpense(ThreePublicComponent Component, FundingSource Fund, Money Amount);
