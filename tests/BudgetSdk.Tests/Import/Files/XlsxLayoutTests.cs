using BudgetSdk.Import;
using BudgetSdk.Import.Files;
using BudgetSdk.Rendering;
using BudgetSdk.Samples;
using BudgetSdk.Tests.Rendering.RoundTrip;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>
/// Workbooks laid out otherwise than ours: every table a block of one sheet (the title row starts a table), and cells
/// as other writers store them (numbers with a two-decimal or the general format, cells left out of a row).
/// </summary>
public class XlsxLayoutTests
{
    [Fact]
    public void Tables_as_blocks_of_one_sheet_read_back_as_the_model()
    {
        var disclosure = Lulong2024.Facts().Build().GetOrThrow();
        var stream = OfficeFiles.Published(disclosure, PublishFormat.Xlsx);
        OneSheet(stream);

        var read = PublishedFiles.Read(stream);

        OfficeFiles.InAWorkbook(RoundTripCheck.Differences(disclosure, read, TextFormat.TabSeparated)).ShouldBeEmpty();
    }

    // Every sheet's rows moved into the first, one blank row between tables, the merged ranges moved along.
    private static void OneSheet(MemoryStream stream)
    {
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
            var parts = sheets.Select(s => (WorksheetPart)workbook.GetPartById(s.Id!.Value!)).ToList();
            var first = parts[0].Worksheet;
            var data = first.GetFirstChild<SheetData>()!;
            var merges = first.GetFirstChild<MergeCells>()!;
            var offset = (uint)data.Elements<Row>().Count() + 1;
            foreach (var part in parts.Skip(1))
            {
                foreach (var row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
                {
                    var moved = (Row)row.CloneNode(true);
                    moved.RowIndex = row.RowIndex!.Value + offset;
                    foreach (var cell in moved.Elements<Cell>())
                    {
                        cell.CellReference = Moved(cell.CellReference!.Value!, offset);
                    }

                    data.Append(moved);
                }

                foreach (var merge in part.Worksheet.Descendants<MergeCell>())
                {
                    merges.Append(new MergeCell { Reference = string.Join(':', merge.Reference!.Value!.Split(':').Select(r => Moved(r, offset))) });
                }

                offset += (uint)part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Count() + 1;
            }

            first.RemoveAllChildren<SheetDimension>();
            foreach (var sheet in sheets.Skip(1))
            {
                sheet.Remove();
            }
        }

        stream.Position = 0;
    }

    private static string Moved(string reference, uint offset)
    {
        var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
        return letters + (uint.Parse(reference[letters.Length..], System.Globalization.CultureInfo.InvariantCulture) + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
