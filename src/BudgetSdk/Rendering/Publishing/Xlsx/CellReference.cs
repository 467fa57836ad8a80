using System.Globalization;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>A1-style references: column letters, cells, ranges and the absolute, quoted forms defined names use.</summary>
internal static class CellReference
{
    public static string Column(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A cell, 0-based column and row.</summary>
    public static string Of(int column, int row) => Column(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    public static string Range(int firstColumn, int firstRow, int lastColumn, int lastRow) => $"{Of(firstColumn, firstRow)}:{Of(lastColumn, lastRow)}";

    /// <summary>A sheet name as a formula writes it: quoted, an apostrophe doubled.</summary>
    public static string Sheet(string name) => $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";

    public static string AbsoluteRange(string sheet, int lastColumn, int lastRow)
        => $"{Sheet(sheet)}!$A$1:${Column(lastColumn)}${(lastRow + 1).ToString(CultureInfo.InvariantCulture)}";

    public static string AbsoluteRows(string sheet, int rows)
        => $"{Sheet(sheet)}!$1:${rows.ToString(CultureInfo.InvariantCulture)}";
}
