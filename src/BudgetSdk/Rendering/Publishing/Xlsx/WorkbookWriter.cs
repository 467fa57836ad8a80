using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// The package: the workbook with its sheets, a print area and print titles per sheet, the stylesheet, the shared
/// strings and fixed core properties. Every relationship id is given, not generated, so the parts are the same bytes
/// on every write.
/// </summary>
internal static class WorkbookWriter
{
    public static void Write(IReadOnlyList<SheetPlan> plans, string title, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
        CoreProperties.Add(document, "rId2", title);
        var strings = new SharedStrings();
        var sheets = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var id = $"rId{i + 1}";
            var part = workbookPart.AddNewPart<WorksheetPart>(id);
            part.Worksheet = WorksheetWriter.Write(plan, strings, selected: i == 0);
            sheets.Append(new Sheet { Name = plan.Name, SheetId = (uint)(i + 1), Id = id });
            names.Append(new DefinedName(CellReference.AbsoluteRange(plan.Name, plan.Width - 1, LastRow(part.Worksheet))) { Name = "_xlnm.Print_Area", LocalSheetId = (uint)i });
            if (plan.Grid.ColumnHeader.Count > 0)
            {
                names.Append(new DefinedName(CellReference.AbsoluteRows(plan.Name, plan.HeaderRowCount)) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
        }

        workbookPart.AddNewPart<WorkbookStylesPart>($"rId{plans.Count + 1}").Stylesheet = XlsxStyles.Create();
        workbookPart.AddNewPart<SharedStringTablePart>($"rId{plans.Count + 2}").SharedStringTable = strings.ToTable();
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            names);
    }

    private static int LastRow(Worksheet sheet) => sheet.GetFirstChild<SheetData>()!.Elements<Row>().Count() - 1;
}
