using BudgetSdk.Amounts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Checking;

/// <summary>A printed cell a narrative sentence points at, with the unit and decimals its table prints.</summary>
/// <param name="Value">The amount (blank read as 0).</param>
/// <param name="Unit">The table's unit.</param>
/// <param name="Decimals">The table's decimals.</param>
/// <param name="Location">Where it is printed, e.g. <c>t5/2080505/total</c>.</param>
internal sealed record CellValue(decimal Value, MoneyUnit Unit, int Decimals, string Location)
{
    /// <summary>The cell, or null when its table, side, row or column is not printed.</summary>
    public static CellValue? Find(FormDocument document, FormCellRef cell)
    {
        if (document.Table(cell.Table) is not { } table || table.Side(cell.Side) is not { } side || side.IndexOf(cell.Column) < 0 || side.Row(cell.Row) is not { } row)
        {
            return null;
        }

        var decimals = document.Form.Table(cell.Table)?.Decimals ?? 2;
        return new CellValue(row.Cells[side.IndexOf(cell.Column)] ?? 0m, table.Unit, decimals, FindingText.Location(cell.Table, cell.Side, cell.Row, cell.Column));
    }
}
