using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Import.Files.Xlsx;

/// <summary>
/// A worksheet as a grid of texts: each row at its row number, each cell at the column its reference names (a row
/// that leaves cells out has blank ones there), and the merged ranges, whose value Excel keeps in the top-left cell.
/// </summary>
internal sealed record SheetGrid(IReadOnlyList<string[]> Rows, IReadOnlyList<MergedRange> Merges)
{
    /// <summary>The number of columns the sheet uses.</summary>
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Length);

    public static SheetGrid Of(Worksheet worksheet, SheetValues values)
    {
        var rows = new List<string[]>();
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            // A row without its number follows the one before (the reference is optional in the schema).
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            while (rows.Count < number - 1)
            {
                rows.Add([]);
            }

            rows.Add(Cells(row, values));
        }

        var merges = worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>())
            .Select(m => MergedRange.Parse(m.Reference?.Value))
            .OfType<MergedRange>()
            .ToArray();
        return new SheetGrid(rows, merges);
    }

    private static string[] Cells(Row row, SheetValues values)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = CellColumn.Of(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count <= column)
            {
                cells.Add(string.Empty);
            }

            cells[column] = values.Of(cell);
        }

        return cells.ToArray();
    }
}
