using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// One sheet: the title merged across the table, the page header (department left, 预算年度 centred, 单位 right, as the
/// form prints them on one line), the column header with its merged cells (<see cref="HeaderSpans"/>) and 栏次, the
/// data rows, the note; the rows above the data frozen and repeated on each printed page, A4 fitted to the width.
/// </summary>
internal static class WorksheetWriter
{
    // Wider than this (in character units) prints landscape.
    private const double PortraitWidth = 100;

    public static Worksheet Write(SheetPlan plan, SharedStrings strings, bool selected)
    {
        var widths = SheetLayout.Widths(plan);
        var last = plan.Width - 1;
        var rows = new SheetRows(strings);
        rows.Merge(0, 0, last, 0);
        rows.Add(Enumerable.Range(0, plan.Width).Select(c => rows.Text(c, c == 0 ? plan.Title : string.Empty, XlsxStyles.Title)), 24);
        PageHeader(rows, plan.PageHeader, plan.Width);
        ColumnHeader(rows, plan.Grid.ColumnHeader, plan.Width, widths);
        foreach (var row in plan.Rows)
        {
            DataRow(rows, row, plan.Width, widths);
        }

        if (plan.Grid.Note is { } note)
        {
            rows.Merge(0, rows.Next, last, rows.Next);
            rows.Add([rows.Text(0, note, XlsxStyles.Note)], SheetLayout.Height([(note, widths.Sum())]));
        }

        var sheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = CellReference.Range(0, 0, last, rows.Next - 1) },
            new SheetViews(View(plan, selected)),
            new SheetFormatProperties { DefaultRowHeight = SheetLayout.LineHeight },
            new Columns(widths.Select((w, c) => new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = w, CustomWidth = true })),
            new SheetData(rows.Rows));
        if (rows.Merges.Count > 0)
        {
            sheet.Append(new MergeCells(rows.Merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)rows.Merges.Count });
        }

        sheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9,
                Orientation = widths.Sum() > PortraitWidth ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            },

            // 科目编码, 栏次 and 序号 are digits kept as text on purpose: no green corner on each of them.
            new IgnoredErrors(new IgnoredError { SequenceOfReferences = new ListValue<StringValue> { InnerText = CellReference.Range(0, 0, last, rows.Next - 1) }, NumberStoredAsText = true }));
        return sheet;
    }

    /// <summary>The lines spread over one row: the first left, the last right, any between centred.</summary>
    private static void PageHeader(SheetRows rows, IReadOnlyList<string> lines, int width)
    {
        if (lines.Count == 0)
        {
            return;
        }

        if (lines.Count > width)
        {
            rows.Add([rows.Text(0, string.Join("　", lines), XlsxStyles.PageLeft)], null);
            return;
        }

        var at = lines.Select((l, k) => (Column: lines.Count == 1 ? 0 : k * (width - 1) / (lines.Count - 1), Line: l, Index: k)).ToArray();
        rows.Add(
            at.Select(a => rows.Text(a.Column, a.Line, a.Index == 0 ? XlsxStyles.PageLeft : a.Index == lines.Count - 1 ? XlsxStyles.PageRight : XlsxStyles.PageCentre)),
            null);
    }

    private static void ColumnHeader(SheetRows rows, IReadOnlyList<GridRow> header, int width, double[] widths)
    {
        var spans = HeaderSpans.Of(header);
        for (var r = 0; r < header.Count; r++)
        {
            var top = rows.Next;
            var starting = spans.Where(s => s.Row == r).ToDictionary(s => s.Column);
            foreach (var span in starting.Values)
            {
                rows.Merge(span.Column, top, span.Column + span.ColumnSpan - 1, top + span.RowSpan - 1);
            }

            var height = SheetLayout.Height(starting.Values.Where(s => s.RowSpan == 1).Select(s => (s.Text, SheetLayout.Span(widths, s.Column, s.ColumnSpan))));
            rows.Add(Enumerable.Range(0, width).Select(c => rows.Text(c, starting.TryGetValue(c, out var s) ? s.Text : string.Empty, XlsxStyles.Header)), height);
        }
    }

    /// <summary>A data row; a row shorter than the table (a project table's text rows) lets its last cell run to the
    /// table's right edge.</summary>
    private static void DataRow(SheetRows rows, IReadOnlyList<SheetCell> row, int width, double[] widths)
    {
        var spanOfLast = width - row.Count + 1;
        if (row.Count > 0 && spanOfLast > 1)
        {
            rows.Merge(row.Count - 1, rows.Next, width - 1, rows.Next);
        }

        var height = SheetLayout.Height(row.Select((cell, c) => (cell.Text, c == row.Count - 1 ? SheetLayout.Span(widths, c, spanOfLast) : widths[c])));
        var cells = row.Select((cell, c) => Cell(rows, cell, c))
            .Concat(Enumerable.Range(row.Count, width - row.Count).Select(c => rows.Empty(c, XlsxStyles.Text)));
        rows.Add(cells, height);
    }

    private static Cell Cell(SheetRows rows, SheetCell cell, int column) => cell.Kind switch
    {
        CellKind.Amount when cell.IsBlank => rows.Empty(column, XlsxStyles.Amount),
        CellKind.Amount => rows.Number(column, cell.Value, XlsxStyles.Amount),
        CellKind.Number when cell.IsBlank => rows.Empty(column, XlsxStyles.Number),
        CellKind.Number => rows.Number(column, cell.Value, column == 0 ? XlsxStyles.Serial : XlsxStyles.Number),
        _ => rows.Text(column, cell.Text, XlsxStyles.Text),
    };

    private static SheetView View(SheetPlan plan, bool selected)
    {
        var view = new SheetView { TabSelected = selected ? true : null, WorkbookViewId = 0 };
        if (plan.Grid.ColumnHeader.Count == 0)
        {
            return view;
        }

        // Frozen above the first data row, so the column header stays in sight while the rows scroll.
        var below = CellReference.Of(0, plan.HeaderRowCount);
        view.Append(
            new Pane { VerticalSplit = plan.HeaderRowCount, TopLeftCell = below, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = below, SequenceOfReferences = new ListValue<StringValue> { InnerText = below } });
        return view;
    }
}
