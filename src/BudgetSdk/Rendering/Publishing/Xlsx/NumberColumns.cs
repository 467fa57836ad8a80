using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>Where a table row's numbers sit in its printed grid row (<see cref="Document.TableGrids"/>,
/// <see cref="Document.ScheduleGrids"/>): the grid column, the number and whether it is an amount or a quantity.</summary>
internal static class NumberColumns
{
    public static IEnumerable<(int Column, decimal Value, CellKind Kind)> Of(TableId id, TableRow row)
    {
        var cells = row.Cells;
        return id switch
        {
            // 序号, 收入项目, its amount, 支出项目, the expense amounts.
            TableId.T1 or TableId.T4 => cells.Select((v, k) => (k == 0 ? 2 : 3 + k, v, CellKind.Amount)),

            // 序号, 项目, the amounts.
            TableId.T9 => cells.Select((v, k) => (2 + k, v, CellKind.Amount)),

            // 项目名称, 预算资金, 采购物品名称, 目录序号, 计量单位, 数量, 单价, then 合计 and the fund columns; a total row
            // (no 目录序号) prints only the latter.
            TableId.Procurement => cells.Select((v, k) => (Column: k switch { 0 => 1, 1 => 5, 2 => 6, _ => 4 + k }, v, k == 1 ? CellKind.Number : CellKind.Amount))
                .Where(c => row.Code is not null || c.Column > 6),

            // 项目, 数量, 价值.
            TableId.Assets => [(1, cells[0], CellKind.Number), (2, cells[1], CellKind.Amount)],

            // 序号, 科目编码, 科目名称, the amounts.
            _ => cells.Select((v, k) => (3 + k, v, CellKind.Amount)),
        };
    }
}
