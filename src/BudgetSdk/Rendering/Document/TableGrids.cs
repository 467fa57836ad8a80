using BudgetSdk.Facts;
using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Document;

/// <summary>
/// The nine tables as printed grids: the page header, the column header of each table as the Hebei template prints it
/// (two rows with merged cells, then the 栏次 row numbering the columns), and one row per derived row after its 序号.
/// </summary>
internal static class TableGrids
{
    public static Grid Of(BudgetTable table, DisclosureHeader header)
    {
        var pageHeader = new[] { header.PrintedDepartment, $"预算年度：{header.Year}", "单位：万元" };
        var columns = ColumnHeader(table);
        var rows = table.Note is not null ? [] : table.Rows.Select((r, i) => Row(table.Id, r, i + 1)).ToArray();
        var numbered = columns[^1].Cells.Count - 1;
        GridRow[] headerRows = [.. columns, new GridRow(["栏次", .. Enumerable.Range(1, numbered).Select(PrintedCells.Number)])];
        return new Grid(pageHeader, headerRows, rows, Paged: true, table.Note);
    }

    private static GridRow Row(TableId id, TableRow row, int serial)
    {
        var number = PrintedCells.Number(serial);
        var amounts = row.Cells.Select(PrintedCells.Amount).ToArray();
        return id switch
        {
            // Income and expense side by side: the income amount sits between the two labels.
            TableId.T1 or TableId.T4 => new GridRow([number, row.Label, amounts[0], row.ExpenseLabel ?? string.Empty, .. amounts[1..]]),
            TableId.T9 => new GridRow([number, row.Label, .. amounts], [1]),
            _ => new GridRow([number, row.Code ?? string.Empty, row.Label, .. amounts], [2]),
        };
    }

    // Null cells are merged into the cell on their left, as the template merges 收入, 本年收入, 资金性质 ….
    private static GridRow[] ColumnHeader(BudgetTable table)
    {
        var amounts = table.Columns.Count;
        switch (table.Id)
        {
            case TableId.T1:
                return [new GridRow("序号", "收入", null, "支出", null), new GridRow(string.Empty, "项 目", "预算数", "项 目", "预算数")];
            case TableId.T4:
                return
                [
                    new GridRow(["序号", "收入", null, "支出", .. Merged(amounts - 1)]),
                    new GridRow([string.Empty, "项目", "金额", "项目", .. table.Columns.Skip(1)]),
                ];
            case TableId.T2:
                // 合计, then 本年收入 over 小计 and the sources, then 上年结转.
                return
                [
                    new GridRow(["序号", "功能分类科目", null, "合计", "本年收入", .. Merged(amounts - 3), table.Columns[^1]]),
                    new GridRow([string.Empty, "科目编码", "科目名称", string.Empty, .. table.Columns.Skip(1).Take(amounts - 2), string.Empty]),
                ];
            case TableId.T6:
                return
                [
                    new GridRow(["序号", "支出部门经济分类科目", null, "一般公共预算基本支出", .. Merged(amounts - 1)]),
                    new GridRow([string.Empty, "科目编码", "科目名称", .. table.Columns]),
                ];
            case TableId.T9:
                return
                [
                    new GridRow(["序号", "项 目", "资 金 性 质", .. Merged(amounts - 1)]),
                    new GridRow([string.Empty, string.Empty, .. table.Columns]),
                ];
            default:
                return
                [
                    new GridRow(["序号", "功能分类科目", null, .. table.Columns]),
                    new GridRow([string.Empty, "科目编码", "科目名称", .. table.Columns.Select(_ => string.Empty)]),
                ];
        }
    }

    private static IEnumerable<string?> Merged(int count) => Enumerable.Repeat<string?>(null, count);
}
