using System.Globalization;
using BudgetSdk.Rendering;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Tests.Rendering.Publishing.Xlsx;

/// <summary>A workbook written by <see cref="DisclosurePublisher"/>, opened again with the Open XML SDK and read cell by
/// cell (shared strings resolved), as a reader of the published file would.</summary>
public sealed class WrittenWorkbook : IDisposable
{
    private readonly MemoryStream _bytes;

    public WrittenWorkbook(Disclosure disclosure)
    {
        _bytes = new MemoryStream(Write(disclosure));
        Document = SpreadsheetDocument.Open(_bytes, false);
        Workbook = Document.WorkbookPart!;
        Strings = Workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart Workbook { get; }

    public string[] Strings { get; }

    public IReadOnlyList<Sheet> Sheets => Workbook.Workbook.Sheets!.Elements<Sheet>().ToArray();

    public static byte[] Write(Disclosure disclosure)
    {
        using var stream = new MemoryStream();
        DisclosurePublisher.Write(disclosure, PublishFormat.Xlsx, stream);
        return stream.ToArray();
    }

    public Worksheet Sheet(string name) => ((WorksheetPart)Workbook.GetPartById(Sheets.Single(s => s.Name == name).Id!)).Worksheet;

    public Worksheet SheetStartingWith(string prefix) => Sheet(Sheets.Single(s => s.Name!.Value!.StartsWith(prefix, StringComparison.Ordinal)).Name!);

    /// <summary>The cells of a sheet by reference (A1).</summary>
    public static Dictionary<string, Cell> Cells(Worksheet sheet)
        => sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);

    /// <summary>A cell's text: a shared string resolved, a number as the two-decimal format shows it when it has that
    /// format, else as stored; empty when absent or blank.</summary>
    public string Text(Cell? cell)
    {
        if (cell?.CellValue is null)
        {
            return string.Empty;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return Strings[int.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)];
        }

        var value = decimal.Parse(cell.CellValue.Text, NumberStyles.Number, CultureInfo.InvariantCulture);
        return FormatCode(cell) == "0.00" ? value.ToString("0.00", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The number format code of a cell's style, or null for General.</summary>
    public string? FormatCode(Cell cell)
    {
        var styles = Workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    public static string Ref(int column, int row) => $"{(char)('A' + column)}{row.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The 1-based row of the 栏次 row: the data start below it.</summary>
    public int NumberingRow(Worksheet sheet)
        => (int)sheet.Descendants<Row>().First(r => Text(r.Elements<Cell>().FirstOrDefault(c => c.CellReference == $"A{r.RowIndex}")) == "栏次").RowIndex!.Value;

    public void Dispose()
    {
        Document.Dispose();
        _bytes.Dispose();
    }
}
