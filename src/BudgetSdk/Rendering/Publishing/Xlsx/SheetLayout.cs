namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// Column widths and row heights, estimated from the text as a reader sees it (a Chinese character two units wide,
/// <see cref="TableText.Width"/>): a column as wide as its widest data cell, at least as wide as a short header, names
/// wide but never beyond <see cref="MaxWidth"/>; a row tall enough for its wrapped lines, since Excel does not measure
/// the rows of a file it opens.
/// </summary>
internal static class SheetLayout
{
    public const double MinWidth = 6;
    public const double MaxWidth = 60;
    public const double LineHeight = 13.5;

    // A header wraps rather than widen an amount column beyond this.
    private const int HeaderWidth = 14;

    // An amount column has room for 1630.30 and a header's four characters however short its own figures.
    private const int NumberWidth = 10;

    public static double[] Widths(SheetPlan plan)
    {
        var widths = new double[plan.Width];
        foreach (var row in plan.Rows)
        {
            for (var c = 0; c < row.Count && (c < row.Count - 1 || row.Count == plan.Width); c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Kind == CellKind.Amount ? Math.Max(NumberWidth, row[c].Text.Length) : Longest(row[c].Text));
            }
        }

        foreach (var cell in Document.HeaderSpans.Of(plan.Grid.ColumnHeader).Where(h => h.ColumnSpan == 1))
        {
            widths[cell.Column] = Math.Max(widths[cell.Column], Math.Min(HeaderWidth, Longest(cell.Text)));
        }

        return widths.Select(w => Math.Clamp(w + 2, MinWidth, MaxWidth)).ToArray();
    }

    /// <summary>The height a row needs for a text over columns of these widths, or null when one line does.</summary>
    public static double? Height(IEnumerable<(string Text, double Width)> cells)
    {
        var lines = cells.Select(c => c.Text.Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(TableText.Width(l) / Math.Max(1, c.Width - 1))))).DefaultIfEmpty(1).Max();
        return lines > 1 ? lines * LineHeight : null;
    }

    public static double Span(double[] widths, int first, int count) => widths.Skip(first).Take(count).Sum();

    private static int Longest(string text) => text.Split('\n').Max(TableText.Width);
}
