using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>One worksheet before it is written: its name, the title over the grid, the grid as composed, and the grid's
/// data rows with their cells typed.</summary>
/// <param name="Name">The sheet name (valid in Excel, unique in the workbook).</param>
/// <param name="Title">The table's title, printed in the first row.</param>
/// <param name="PageHeader">The lines between the title and the columns (department, 预算年度, 单位).</param>
/// <param name="Grid">The composed grid.</param>
/// <param name="Rows">The data rows, cell for cell as <see cref="Grid.Rows"/>.</param>
internal sealed record SheetPlan(string Name, string Title, IReadOnlyList<string> PageHeader, Grid Grid, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)
{
    /// <summary>The columns the sheet uses: the widest header or data row, at least one.</summary>
    public int Width => Math.Max(1, Grid.ColumnHeader.Select(r => r.Cells.Count).Concat(Rows.Select(r => r.Count)).DefaultIfEmpty(1).Max());

    /// <summary>The rows above the data (title, page header, column header), frozen and repeated on printed pages.</summary>
    public int HeaderRowCount => 1 + (PageHeader.Count > 0 ? 1 : 0) + Grid.ColumnHeader.Count;
}
