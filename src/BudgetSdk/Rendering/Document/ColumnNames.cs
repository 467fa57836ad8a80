namespace BudgetSdk.Rendering.Document;

/// <summary>
/// A grid's column header flattened into one name per column, for formats with a single header row (CSV, Markdown).
/// A column is named by the lowest merged cell over it above the 栏次 row (科目编码, not 功能分类科目 over it; 合计 where it
/// spans both rows), with the form's letter spacing taken out (项 目 → 项目). A name that two columns share gets the
/// cell above it as a prefix (T1's 项目 and 预算数 become 收入项目, 收入预算数, 支出项目, 支出预算数), so every column has
/// its own name, as tools that read a header row by name need.
/// </summary>
internal static class ColumnNames
{
    public static IReadOnlyList<string> Of(IReadOnlyList<GridRow> header)
    {
        var rows = header.Count > 0 && header[^1].Cells is ["栏次", ..] ? header.Take(header.Count - 1).ToArray() : header.ToArray();
        if (rows.Length == 0)
        {
            return [];
        }

        var spans = HeaderSpans.Of(rows);
        var width = rows.Max(r => r.Cells.Count);
        var lowest = Enumerable.Range(0, width).Select(c => Covering(spans, rows.Length - 1, c)).ToArray();
        var names = lowest.Select(cell => Compact(cell?.Text)).ToArray();
        return names.Select((name, c) => names.Count(n => n == name) > 1 && lowest[c] is { Row: > 0 } cell
            ? Compact(Covering(spans, cell.Row - 1, c)?.Text) + name
            : name).ToArray();
    }

    // The merged cell that covers a position; none where a short row leaves it out.
    private static HeaderCell? Covering(IReadOnlyList<HeaderCell> spans, int row, int column)
        => spans.FirstOrDefault(s => row >= s.Row && row < s.Row + s.RowSpan && column >= s.Column && column < s.Column + s.ColumnSpan);

    private static string Compact(string? text) => string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
}
