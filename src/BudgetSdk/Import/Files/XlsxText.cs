using System.Text;
using BudgetSdk.Import.Files.Xlsx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Import.Files;

/// <summary>
/// The text of an Excel workbook in the importer's tab-separated format (seed 000): the sheets in workbook order, each
/// row a line of its cells in column order. A workbook none of whose sheets looks like a disclosure table is one line.
/// </summary>
internal static class XlsxText
{
    public static string Extract(Stream stream)
    {
        using var document = OfficePackages.Open(() => SpreadsheetDocument.Open(stream, false), "XLSX");
        return OfficePackages.Read(() => Text(document), "XLSX");
    }

    private static string Text(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new DisclosureImportException("the XLSX has no workbook part");
        var values = new SheetValues(workbook);
        var text = new StringBuilder();
        var names = new List<string>();
        var tables = 0;
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            names.Add(sheet.Name?.Value ?? "?");
            if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
            {
                // Every sheet is read (the unit table names no 预算), but one at least must be a budget table.
                var grid = SheetGrid.Of(part.Worksheet, values);
                tables += SheetText.LooksLikeTable(grid) ? 1 : 0;
                SheetText.Append(text, grid);
            }
        }

        if (tables == 0)
        {
            throw new DisclosureImportException($"the workbook holds no disclosure table ({names.Count} {(names.Count == 1 ? "sheet" : "sheets")}: {string.Join(", ", names)}; none has a title naming a 预算 table)");
        }

        return text.ToString();
    }
}
