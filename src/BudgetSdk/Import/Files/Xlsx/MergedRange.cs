namespace BudgetSdk.Import.Files.Xlsx;

/// <summary>A merged range of cells (<c>A1:F1</c>), 0-based and inclusive.</summary>
internal sealed record MergedRange(int FirstColumn, int FirstRow, int LastColumn, int LastRow)
{
    public static MergedRange? Parse(string? reference)
    {
        var parts = reference?.Split(':');
        return parts is [var from, var to] && CellColumn.Parse(from) is { } a && CellColumn.Parse(to) is { } b
            ? new MergedRange(a.Column, a.Row, b.Column, b.Row)
            : null;
    }

    public bool Starts(int column, int row) => column == FirstColumn && row == FirstRow;
}
