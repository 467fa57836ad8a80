namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>What a worksheet cell holds: text (a shared string), an amount in 万元 (a number shown with two
/// decimals), or another number (序号, 数量, shown as it is).</summary>
internal enum CellKind
{
    Text,
    Amount,
    Number,
}

/// <summary>One cell of a sheet's data row. A blank (empty text, as the grid prints zero) holds no value but keeps its
/// kind, so a blank amount is formatted as its column.</summary>
/// <param name="Kind">What it holds.</param>
/// <param name="Text">The printed text (the grid's cell).</param>
/// <param name="Value">The number of an <see cref="CellKind.Amount"/> or <see cref="CellKind.Number"/>.</param>
internal readonly record struct SheetCell(CellKind Kind, string Text, decimal Value)
{
    public bool IsBlank => Text.Length == 0;

    public static SheetCell Of(string text) => new(CellKind.Text, text, 0m);
}
