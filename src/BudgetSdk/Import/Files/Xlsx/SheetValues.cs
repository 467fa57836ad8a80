using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using ValueType = DocumentFormat.OpenXml.Spreadsheet.CellValues;

namespace BudgetSdk.Import.Files.Xlsx;

/// <summary>
/// A cell's value as the printed table shows it: a shared or inline string as its text, a number as stored — with
/// two decimals when its style's number format has two (<c>0.00</c>, <c>#,##0.00</c>: the tables' amounts), otherwise
/// as the decimal it is (序号 1 stays 1) — never rounded through a double.
/// </summary>
internal sealed class SheetValues
{
    private readonly string[] _strings;
    private readonly bool[] _twoDecimals;

    public SheetValues(WorkbookPart workbook)
    {
        _strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var codes = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        _twoDecimals = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => TwoDecimals(f.NumberFormatId?.Value ?? 0, codes))
            .ToArray() ?? [];
    }

    public string Of(SheetCell cell)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == ValueType.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _strings.Length ? _strings[i] : string.Empty;
        }

        if (type == ValueType.InlineString)
        {
            return cell.InlineString is { } inline ? ItemText(inline) : string.Empty;
        }

        if ((type is null || type == ValueType.Number) && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var style = (int)(cell.StyleIndex?.Value ?? 0);
            return style < _twoDecimals.Length && _twoDecimals[style]
                ? number.ToString("0.00", CultureInfo.InvariantCulture)
                : Plain(number);
        }

        return raw;
    }

    // 15.50 stored as 15.5 prints 15.5; 1E-2 as 0.01; an integer without a point.
    private static string Plain(decimal number) => (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    // Built-in 2 is 0.00 and 4 #,##0.00; a custom format with two decimals in its first section is an amount.
    private static bool TwoDecimals(uint id, Dictionary<uint, string> codes)
        => id is 2 or 4 || (codes.TryGetValue(id, out var code) && code.Split(';')[0].EndsWith(".00", StringComparison.Ordinal));

    // A string item's text is its plain text or its rich runs; phonetic runs (rPh) are a reading aid, not text.
    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item)
        => string.Concat(item.ChildElements.Select(e => e switch
        {
            DocumentFormat.OpenXml.Spreadsheet.Text t => t.Text,
            Run r => r.Text?.Text ?? string.Empty,
            _ => string.Empty,
        }));
}
