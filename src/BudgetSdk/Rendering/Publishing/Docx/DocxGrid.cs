using System.Text.RegularExpressions;
using BudgetSdk.Rendering.Document;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Rendering.Publishing.Docx;

/// <summary>
/// A <see cref="Grid"/> as a Word table filling the text width: single borders, the column header rows marked as
/// header rows (Word repeats them on every page) with the form's merged cells from <see cref="HeaderSpans"/>
/// (<c>gridSpan</c> across, <c>vMerge</c> down), amounts right-aligned; a data cell merged into its left neighbour, or a
/// row shorter than the grid, spans the columns it leaves.
/// </summary>
internal static partial class DocxGrid
{
    public static Table Of(Grid grid)
    {
        var width = Math.Max(grid.ColumnHeader.Count == 0 ? 0 : grid.ColumnHeader.Max(r => r.Cells.Count), grid.Rows.Count == 0 ? 0 : grid.Rows.Max(r => r.Cells.Count));
        var columns = DocxColumns.Widths(grid, width);
        var table = new Table(Properties(), new TableGrid(columns.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(HeaderRows(grid.ColumnHeader, columns));
        var merges = FirstColumnMerges(grid);
        table.Append(grid.Rows.Select((r, i) => DataRow(r, columns, merges[i])));
        return table;
    }

    private static TableProperties Properties() => new(
        new TableWidth { Width = DocxPage.TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableJustification { Val = TableRowAlignmentValues.Center },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableLook { Val = "0000" });

    private static IEnumerable<TableRow> HeaderRows(IReadOnlyList<GridRow> header, IReadOnlyList<int> columns)
    {
        var spans = HeaderSpans.Of(header);
        for (var r = 0; r < header.Count; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
            var c = 0;
            while (c < columns.Count)
            {
                var span = spans.FirstOrDefault(s => s.Column == c && s.Row <= r && r < s.Row + s.RowSpan);
                if (span is null)
                {
                    // A column the header leaves (a header narrower than its rows): an empty cell keeps the grid whole.
                    row.Append(Cell(string.Empty, columns, c, 1, merge: null, header: true));
                    c++;
                    continue;
                }

                var merge = span.RowSpan == 1 ? (MergedCellValues?)null : span.Row == r ? MergedCellValues.Restart : MergedCellValues.Continue;
                row.Append(Cell(span.Row == r ? span.Text : string.Empty, columns, c, span.ColumnSpan, merge, header: true));
                c += span.ColumnSpan;
            }

            yield return row;
        }
    }

    // A grid without a column header (a 绩效目标表) prints a label once over the rows it heads: 预算规模及资金用途 over
    // 资金用途, 资金支出计划 over its percentages, each 一级指标 over its group. An empty first cell under a printed or
    // continued one continues it, as the published table merges it; the nine tables' blank cells are zero, never merged.
    private static MergedCellValues?[] FirstColumnMerges(Grid grid)
    {
        var merges = new MergedCellValues?[grid.Rows.Count];
        for (var i = 1; i < grid.Rows.Count && grid.ColumnHeader.Count == 0; i++)
        {
            if (grid.Rows[i].Cells is [{ Length: 0 }, not null, ..] && grid.Rows[i - 1].Cells is [{ } above, not null, ..] && (above.Length > 0 || merges[i - 1] is not null))
            {
                merges[i - 1] ??= MergedCellValues.Restart;
                merges[i] = MergedCellValues.Continue;
            }
        }

        return merges;
    }

    private static TableRow DataRow(GridRow data, IReadOnlyList<int> columns, MergedCellValues? firstMerge)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        var cells = data.Cells;
        for (var c = 0; c < cells.Count; c++)
        {
            var span = 1;
            while (c + span < cells.Count && cells[c + span] is null)
            {
                span++;
            }

            if (c + span == cells.Count)
            {
                span = columns.Count - c;
            }

            row.Append(Cell(cells[c] ?? string.Empty, columns, c, span, c == 0 ? firstMerge : null, header: false));
            c += span - 1;
        }

        return row;
    }

    private static TableCell Cell(string text, IReadOnlyList<int> columns, int column, int span, MergedCellValues? merge, bool header)
    {
        var width = columns.Skip(column).Take(span).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var alignment = header ? JustificationValues.Center : Amount().IsMatch(text) ? JustificationValues.Right : (JustificationValues?)null;
        var cell = new TableCell(properties);
        cell.Append(text.Split('\n').Select(line => DocxText.Styled(DocxStyles.Cell, line, alignment)));
        return cell;
    }

    // An amount as the tables print it (777.37, 1,630.30, -0.26), right-aligned like a column of figures; 序号 and codes are not amounts.
    [GeneratedRegex(@"^-?[0-9][0-9,]*\.[0-9]+$")]
    private static partial Regex Amount();
}
