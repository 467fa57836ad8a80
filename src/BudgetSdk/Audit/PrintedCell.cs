using System.Globalization;
using BudgetSdk.Import;
using BudgetSdk.Tables;
using BudgetSdk.Text;

namespace BudgetSdk.Audit;

/// <summary>One printed cell: the table, the row and the column, so a finding can quote what the document prints there.</summary>
/// <param name="Table">The printed table.</param>
/// <param name="Row">The printed row.</param>
/// <param name="Column">The index in <see cref="PrintedTable.Columns"/>.</param>
internal sealed record PrintedCell(PrintedTable Table, PrintedRow Row, int Column)
{
    /// <summary>The cell as printed: the number with its printed decimals, or <c>blank</c>.</summary>
    public string Text => PrintedText.Of(Value);

    /// <summary>The printed amount, or null for a blank cell.</summary>
    public decimal? Value => Column < Row.Cells.Count ? Row.Cells[Column] : null;

    /// <summary>The column's printed name.</summary>
    public string ColumnName => Table.Columns[Column];

    /// <summary>The table path of the cell, as the rules write it: <c>T9/合计/合计</c>.</summary>
    public string Path(string rowKey) => $"{Table.Id}/{rowKey}/{ColumnName}";

    /// <summary>
    /// The cell a table path names (<c>T6/301/人员经费</c>; <c>T9/公务用车运行维护费</c> names the row's first column).
    /// The row is the first whose code, label or expense label is the key, as <see cref="BudgetTable.Row"/> and
    /// <see cref="BudgetTable.RowLabelled"/> find it, so the cell is the one the identity was checked on.
    /// </summary>
    public static PrintedCell? Find(IReadOnlyList<PrintedTable> tables, string path)
    {
        var first = path.IndexOf('/', StringComparison.Ordinal);
        if (first < 0 || !Enum.TryParse<TableId>(path[..first], out var id) || tables.FirstOrDefault(t => t.Id == id) is not { } table)
        {
            return null;
        }

        // Row labels may hold a '/', column names never do.
        var last = path.LastIndexOf('/');
        var column = last > first ? table.Columns.ToList().IndexOf(path[(last + 1)..]) : 0;
        var key = last > first && column >= 0 ? path[(first + 1)..last] : path[(first + 1)..];
        column = Math.Max(column, 0);
        var row = table.Rows.FirstOrDefault(r => r.Code == key || r.Label == key || r.ExpenseLabel == key)
            ?? table.Rows.FirstOrDefault(r => OfficialNames.Same(r.Label, key));
        return row is null || table.Columns.Count == 0 ? null : new PrintedCell(table, row, column);
    }
}

/// <summary>How printed numbers are quoted in findings.</summary>
internal static class PrintedText
{
    /// <summary>The word for an empty cell.</summary>
    public const string Blank = "blank";

    /// <summary>A printed number as printed (its own decimals kept), or <see cref="Blank"/>.</summary>
    public static string Of(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Blank;

    /// <summary>An amount in 万元 as tables print it.</summary>
    public static string Wan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A row's amount in a column, blank (or missing) read as zero, as tables mean it.</summary>
    public static decimal Amount(PrintedRow? row, int column) => row is not null && column < row.Cells.Count ? row.Cells[column] ?? 0m : 0m;

    /// <summary>A percentage, e.g. <c>50.74%</c>.</summary>
    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
