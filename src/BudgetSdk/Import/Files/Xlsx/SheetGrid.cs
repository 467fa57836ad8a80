using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Import.Files.Xlsx;

/// <summary>
/// A worksheet as its non-empty cells, row by row: each row at its row number, each cell at the column its reference
/// names (a row that leaves cells out has blank ones there), and the merged ranges, whose value Excel keeps in the
/// top-left cell. Kept sparse, so a lone cell at XFD1048576 costs one entry, not a grid of sixteen thousand columns.
/// </summary>
internal sealed record SheetGrid(IReadOnlyList<SheetRow> Rows, IReadOnlyList<MergedRange> Merges)
{
    /// <summary>The number of columns up to the last one that holds a value.</summary>
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count == 0 ? 0 : r.Cells[^1].Column + 1);

    public static SheetGrid Of(Worksheet worksheet, SheetValues values)
    {
        var rows = new List<SheetRow>();
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            // A row without its number follows the one before (the reference is optional in the schema).
            var number = row.RowIndex?.Value is uint index ? (int)Math.Min(index, int.MaxValue) - 1 : (rows.Count == 0 ? 0 : rows[^1].Number + 1);
            rows.Add(new SheetRow(number, Cells(row, values)));
        }

        var merges = worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>())
            .Select(m => MergedRange.Parse(m.Reference?.Value))
            .OfType<MergedRange>()
            .ToArray();
        return new SheetGrid(rows.OrderBy(r => r.Number).ToArray(), merges);
    }

    private static IReadOnlyList<(int Column, string Text)> Cells(Row row, SheetValues values)
    {
        var cells = new SortedDictionary<int, string>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = CellColumn.Of(cell.CellReference?.Value) ?? next;
            next = column + 1;
            var text = values.Of(cell);
            if (!string.IsNullOrWhiteSpace(text))
            {
                cells[column] = text;
            }
        }

        return cells.Select(c => (c.Key, c.Value)).ToArray();
    }
}

/// <summary>A row's number (0-based) and its non-empty cells in column order.</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<(int Column, string Text)> Cells);
