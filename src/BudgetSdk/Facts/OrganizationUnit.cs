namespace BudgetSdk.Facts;

/// <summary>单位性质: the nature of a unit.</summary>
public enum UnitNature
{
    /// <summary>行政 (an administrative organ, 机关).</summary>
    Administrative,

    /// <summary>事业 (a public institution, 事业单位).</summary>
    Institution,
}

/// <summary>One row of 部门机构设置情况: a unit (单位) of the department.</summary>
/// <param name="Name">单位名称, e.g. 卢龙县人民政府办公室本级.</param>
/// <param name="Nature">单位性质.</param>
/// <param name="Rank">单位规格, e.g. 正科级, 股级.</param>
/// <param name="FundingForm">经费保障形式, e.g. 财政拨款, 财政性资金基本保证.</param>
public sealed record OrganizationUnit(string Name, UnitNature Nature, string Rank, string FundingForm);
