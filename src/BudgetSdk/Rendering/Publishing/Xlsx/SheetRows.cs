using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>The rows of one worksheet as they are written, top to bottom, with the merged ranges among them.</summary>
internal sealed class SheetRows
{
    private readonly SharedStrings _strings;

    public SheetRows(SharedStrings strings) => _strings = strings;

    public List<Row> Rows { get; } = [];

    public List<string> Merges { get; } = [];

    /// <summary>The 0-based index the next row gets.</summary>
    public int Next => Rows.Count;

    public void Add(IEnumerable<Cell> cells, double? height)
    {
        var row = new Row(cells) { RowIndex = (uint)(Rows.Count + 1) };
        if (height is double h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }

        Rows.Add(row);
    }

    public void Merge(int firstColumn, int firstRow, int lastColumn, int lastRow)
    {
        if (lastColumn > firstColumn || lastRow > firstRow)
        {
            Merges.Add(CellReference.Range(firstColumn, firstRow, lastColumn, lastRow));
        }
    }

    public Cell Text(int column, string text, uint style)
        => text.Length == 0
            ? Empty(column, style)
            : new Cell
            {
                CellReference = CellReference.Of(column, Next),
                DataType = CellValues.SharedString,
                CellValue = new CellValue(_strings.Add(text).ToString(CultureInfo.InvariantCulture)),
                StyleIndex = style,
            };

    // The decimal itself, in invariant culture: 15.50 is written 15.50, never rounded through a double.
    public Cell Number(int column, decimal value, uint style)
        => new()
        {
            CellReference = CellReference.Of(column, Next),
            DataType = CellValues.Number,
            CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
            StyleIndex = style,
        };

    public Cell Empty(int column, uint style) => new() { CellReference = CellReference.Of(column, Next), StyleIndex = style };
}
