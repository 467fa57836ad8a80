using BudgetSdk.Facts;
using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Document;

/// <summary>The grids of the explanatory sections: 部门机构设置情况 (一), 部门政府采购预算 (八), 部门固定资产占用情况表 (九).</summary>
internal static class ScheduleGrids
{
    /// <summary>The note every 政府采购预算 prints under its rows.</summary>
    public const string ProcurementNote = "注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。";

    public static Grid Units(IReadOnlyList<OrganizationUnit> units)
        => new(
            [],
            [new GridRow("单位名称", "单位性质", "单位规格", "经费保障形式")],
            units.Select(u => new GridRow(u.Name, u.Nature == UnitNature.Administrative ? "行政" : "事业", u.Rank, u.FundingForm)).ToArray(),
            Paged: false);

    /// <summary>
    /// 政府采购预算: 项目名称, 预算资金, 采购物品名称, 目录序号, 计量单位, 数量, 单价, then 合计, the fund columns and the
    /// 中小微企业 share. The derived row label holds 项目名称｜采购物品名称｜计量单位.
    /// </summary>
    public static Grid Procurement(BudgetTable table, DisclosureHeader header)
    {
        var funds = table.Columns.Skip(4).Take(table.Columns.Count - 5).ToArray();
        GridRow[] columns =
        [
            new GridRow(["政府采购项目来源", null, "采购物品名称", "政府采购目录序号", "计量单位", "数量", "单价", "政府采购金额（当年部门预算安排资金）", .. funds.Select(_ => (string?)null), $"{header.Year}年预留中小微企业份额"]),
            new GridRow(["项目名称", "预算资金", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "合计", .. funds, string.Empty]),
        ];
        var rows = table.Rows.All(r => r.Cells.All(c => c == 0m)) ? [] : table.Rows.Select(Procured).ToArray();
        var note = rows.Length == 0 ? ProcurementNote + "\n注：无政府采购预算，空表列示。" : ProcurementNote;
        return new Grid([header.PrintedDepartment, "单位：万元"], columns, rows, Paged: false, note);
    }

    public static Grid Assets(BudgetTable table, DisclosureHeader header)
    {
        var rows = table.Rows.Select(r => new GridRow(r.Label, PrintedCells.Quantity(r.Cells[0]), PrintedCells.Amount(r.Cells[1]))).ToArray();
        return new Grid(
            [header.PrintedDepartment, $"截止时间：{header.Year - 1}-12-31"],
            [new GridRow("项 目", "数量", "价值（金额单位：万元）")],
            rows,
            Paged: false);
    }

    private static GridRow Procured(TableRow row)
    {
        var money = row.Cells.Skip(3).Select(PrintedCells.Amount);
        if (row.Code is null)
        {
            return new GridRow([row.Label, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, .. money], [0]);
        }

        var parts = row.Label.Split('｜');
        return new GridRow(
            [parts[0], PrintedCells.Amount(row.Cells[0]), parts[1], row.Code, parts[2], PrintedCells.Quantity(row.Cells[1]), PrintedCells.Amount(row.Cells[2]), .. money],
            [0]);
    }
}
