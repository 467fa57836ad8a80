namespace BudgetSdk.Import.Files.Xlsx;

/// <summary>The 0-based column and row of an A1 reference (<c>C5</c> → column 2, row 4), or null when it is none.</summary>
internal static class CellColumn
{
    // Excel's last column is XFD (16384); a longer run of letters is no reference.
    private const int MaxColumns = 16384;

    public static int? Of(string? reference) => Parse(reference)?.Column;

    public static (int Column, int Row)? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumns)
            {
                return null;
            }
        }

        return i > 0 && int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) && row > 0
            ? (column - 1, row - 1)
            : null;
    }
}
