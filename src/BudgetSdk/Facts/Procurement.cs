using BudgetSdk.Amounts;

namespace BudgetSdk.Facts;

/// <summary>One row of 政府采购预算 (section 八).</summary>
/// <param name="UnitName">The unit that buys: rows are subtotalled per unit (…本级小计).</param>
/// <param name="ProjectName">政府采购项目来源 项目名称.</param>
/// <param name="ProjectBudget">政府采购项目来源 预算资金.</param>
/// <param name="ItemName">采购物品名称.</param>
/// <param name="CatalogueCode">政府采购目录序号: A, B or C and 8 digits, e.g. <c>C22040000</c> 餐饮服务; or the category letter
/// alone (A 货物, B 工程, C 服务) for a purchase known only by category, as a 政府采购预算表 of categories prints it.</param>
/// <param name="MeasureUnit">计量单位, e.g. 年, 台.</param>
/// <param name="Quantity">数量.</param>
/// <param name="UnitPrice">单价.</param>
/// <param name="Amounts">政府采购金额 by source; carried-over money is its own column.</param>
/// <param name="SmeReserved">预留中小微企业份额: never more than the purchase.</param>
public sealed record ProcurementLine(
    string UnitName,
    string ProjectName,
    Money ProjectBudget,
    string ItemName,
    string CatalogueCode,
    string MeasureUnit,
    decimal Quantity,
    Money UnitPrice,
    IReadOnlyList<ProcurementAmount> Amounts,
    Money SmeReserved)
{
    /// <summary>政府采购金额 合计.</summary>
    public Money Total => Money.Sum(Amounts.Select(a => a.Amount));

    /// <inheritdoc />
    public bool Equals(ProcurementLine? other) => other is not null
        && UnitName == other.UnitName && ProjectName == other.ProjectName && ProjectBudget == other.ProjectBudget
        && ItemName == other.ItemName && CatalogueCode == other.CatalogueCode && MeasureUnit == other.MeasureUnit
        && Quantity == other.Quantity && UnitPrice == other.UnitPrice && SmeReserved == other.SmeReserved
        && Amounts.SequenceEqual(other.Amounts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProjectName, ItemName, CatalogueCode, Total);
}

/// <summary>Part of a purchase paid from one source.</summary>
/// <param name="Source">The source.</param>
/// <param name="Amount">How much.</param>
/// <param name="CarriedOver">True for 上年结转结余 money of that source.</param>
public sealed record ProcurementAmount(FundingSource Source, Money Amount, bool CarriedOver = false);
