using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Building.Derivation;

/// <summary>Derives T6 一般公共预算财政拨款基本支出表: 部门预算支出经济分类 类 → 款 by 人员经费 and 公用经费.</summary>
internal static class BasicExpenditureTable
{
    public static BudgetTable Derive(IReadOnlyList<RoundedBasic> basic, DisclosureTemplate template)
    {
        var columns = new[] { "合计", "人员经费", "公用经费" };
        var leaves = basic.Select(b => (b.Code, new[] { b.Personnel + b.PublicUse, b.Personnel, b.PublicUse }));
        return new BudgetTable(TableId.T6, template.TitleOf(TableId.T6), columns, HierarchyRows.Build(leaves, columns.Length));
    }
}
