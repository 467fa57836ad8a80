using System.Globalization;
using System.Text;
using BudgetSdk.Amounts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Writing;

/// <summary>
/// Prints a <see cref="FormDocument"/> as text in the style of <c>pdftotext -layout</c> (the <c>.layout.txt</c> files): per
/// table its title, the header block (<c>编制部门：X   单位：元</c>), a column header line with the form's first labels, the rows
/// (codes whole or split over 类/款/项 under a 科目编码 / 科目名称 / 类 款 项 header as the documents print it, or the form's
/// line labels; the total where the form puts it) and the note, each
/// table on a new page (form feed). Amounts are right-aligned with thousands separators so that each amount's right edge
/// is its column header's right edge: a reader can place a lone amount in its column. A form whose titles print no year
/// gets a cover line naming it (江苏省高级人民法院 2019年度部门预算). Output depends only on the document.
/// </summary>
public static class LayoutWriter
{
    private const int Gap = 4;

    /// <summary>The document as layout text, tables in document order, lines ending in <c>\n</c>.</summary>
    public static string Write(FormDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        if (document.Form.Tables.All(t => !t.Titles[0].Contains("{year}", StringComparison.Ordinal)))
        {
            // A form whose titles print no year (Jiangsu's) prints it on the cover, as its documents do: 2019年度部门预算.
            var kind = document.Form.Kinds.FirstOrDefault(k => k.Id == document.Header.Kind)?.Labels[0] ?? string.Empty;
            text.Append(document.Header.Department).Append(' ')
                .Append(document.Header.Year.ToString(CultureInfo.InvariantCulture)).Append("年度").Append(kind).Append("预算\n\f");
        }

        for (var t = 0; t < document.Tables.Count; t++)
        {
            if (t > 0)
            {
                text.Append('\f');
            }

            var printed = document.Tables[t];
            var table = document.Form.Table(printed.TableId)
                ?? throw new ArgumentException($"the document's table {printed.TableId} is not a table of the form {document.Form.Id}", nameof(document));
            WriteTable(text, document, table, printed);
        }

        return text.ToString();
    }

    private static void WriteTable(StringBuilder text, FormDocument document, FormTable table, PrintedFormTable printed)
    {
        var blocks = table.Sides
            .Select(s => (Side: s, Printed: printed.Side(s.Id)))
            .Where(p => p.Printed is not null)
            .Select(p => new SideBlock(p.Side, p.Printed!, table.Decimals))
            .ToArray();
        var width = Math.Max(blocks.Sum(b => b.Width) + (Gap * Math.Max(0, blocks.Length - 1)), 60);
        var title = printed.Title;
        text.Append(new string(' ', Math.Max(0, (width - title.Length) / 2))).Append(title).Append('\n');
        var header = document.Form.Header;

        // A name printed after its 部门编码 has no label (434 卢龙县人民政府办公室); any other follows the form's first label.
        var department = header.DepartmentCode
            ? (document.Header.DepartmentCode is { } code ? code + " " : string.Empty) + document.Header.Department
            : header.Department[0] + document.Header.Department;
        var unit = header.Unit[0] + (printed.Unit == MoneyUnit.Yuan ? "元" : "万元");
        text.Append(department).Append(' ', Math.Max(Gap, width - department.Length - unit.Length)).Append(unit).Append('\n');
        if (header.Year.Count > 0)
        {
            text.Append(header.Year[0]).Append(document.Header.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append('\n');

        var headers = blocks.Select(b => b.Header()).ToArray();
        for (var h = 0; h < headers.Max(x => x.Count); h++)
        {
            Line(text, headers.Select((x, i) => h < x.Count ? x[h] : blocks[i].Blank).ToArray());
        }

        var data = blocks.Select(b => b.DataLines()).ToArray();
        var firsts = blocks.Select(b => b.TotalLine(TotalPosition.First)).ToArray();
        var lasts = blocks.Select(b => b.TotalLine(TotalPosition.Last)).ToArray();
        if (firsts.Any(f => f is not null))
        {
            Line(text, firsts.Select((f, i) => f ?? blocks[i].Blank).ToArray());
        }

        var rows = data.Max(d => d.Count);
        for (var r = 0; r < rows; r++)
        {
            Line(text, data.Select((d, i) => r < d.Count ? d[r] : blocks[i].Blank).ToArray());
        }

        if (lasts.Any(l => l is not null))
        {
            Line(text, lasts.Select((l, i) => l ?? blocks[i].Blank).ToArray());
        }

        if (printed.Note is { } note)
        {
            text.Append(note.Text).Append('\n');
        }
    }

    /// <summary>Side blocks joined by the gap, trailing spaces trimmed.</summary>
    private static void Line(StringBuilder text, IReadOnlyList<string> parts)
        => text.Append(string.Join(new string(' ', Gap), parts).TrimEnd()).Append('\n');

    /// <summary>One side laid out: a label area (code and name, or line label) and the amount columns.</summary>
    private sealed class SideBlock
    {
        private readonly FormSide _side;
        private readonly PrintedSide _printed;
        private readonly int _decimals;
        private readonly int _labelWidth;
        private readonly int[] _columnWidths;

        public SideBlock(FormSide side, PrintedSide printed, int decimals)
        {
            _side = side;
            _printed = printed;
            _decimals = decimals;
            var labels = printed.Rows.Select(LabelText).Append(HeaderLabel()).ToArray();
            _labelWidth = Math.Max(4, labels.Max(l => l.Length)) + 2;
            _columnWidths = printed.Columns.Select((c, i) => Math.Max(
                ColumnLabel(c).Length,
                printed.Rows.Select(r => i < r.Cells.Count && r.Cells[i] is { } v ? Amount(v).Length : 0).DefaultIfEmpty(0).Max())).ToArray();
        }

        public int Width => _labelWidth + _columnWidths.Sum(w => w + Gap);

        public string Blank => new(' ', Width);

        /// <summary>
        /// The column header lines. Split codes print as the documents print them: the code system's 科目编码 above, the
        /// 科目名称 over the names beside the column labels, and 类 款 项 under it, over the code's parts.
        /// </summary>
        public List<string> Header()
        {
            var columns = _printed.Columns.Select(ColumnLabel).ToArray();
            if (_side.Rows is not { Source: RowSource.Codes, ClassLabels: null, Printing: CodePrinting.Split } rows)
            {
                return [Cells(HeaderLabel(), columns)];
            }

            var functional = rows.CodeSystem == RowCodeSystem.Functional;
            var slots = rows.Levels.Count >= 3 ? new[] { "类", "款", "项" } : new[] { "类", "款" };
            var levels = new StringBuilder();
            for (var s = 0; s < slots.Length; s++)
            {
                levels.Append(slots[s].PadRight(s == 0 ? 6 : 5));
            }

            return
            [
                Cells(functional ? "功能分类科目编码" : "经济分类科目编码", Enumerable.Repeat(string.Empty, columns.Length).ToArray()),
                Cells(new string(' ', slots.Length * 5) + (functional ? "功能分类科目名称" : "经济分类科目名称"), columns),
                Cells(levels.ToString().TrimEnd(), Enumerable.Repeat(string.Empty, columns.Length).ToArray()),
            ];
        }

        public List<string> DataLines()
            => _printed.Rows.Where(r => r.Kind != PrintedRowKind.Total)
                .Select(r => Cells(LabelText(r), r.Cells.Select(c => c is { } v ? Amount(v) : string.Empty).ToArray()))
                .ToList();

        public string? TotalLine(TotalPosition position)
        {
            if (_side.Rows.Total.Position != position || _printed.Row(FormCellRef.TotalRow) is not { } total)
            {
                return null;
            }

            return Cells(LabelText(total), total.Cells.Select(c => c is { } v ? Amount(v) : string.Empty).ToArray());
        }

        private string Cells(string label, IReadOnlyList<string> cells)
        {
            var line = new StringBuilder(label.PadRight(_labelWidth));
            for (var i = 0; i < _columnWidths.Length; i++)
            {
                line.Append(' ', Gap).Append((i < cells.Count ? cells[i] : string.Empty).PadLeft(_columnWidths[i]));
            }

            return line.ToString();
        }

        private string ColumnLabel(string id) => _side.Column(id)?.Labels[0] ?? id;

        private string HeaderLabel() => _side.Rows.Source switch
        {
            RowSource.Codes when _side.Rows.ClassLabels is null && _side.Rows.Printing == CodePrinting.Split
                => Split(_side.Rows.Levels.Count >= 3 ? "类 款 项" : "类 款", _side.Rows.CodeSystem == RowCodeSystem.Functional ? "功能分类科目名称" : "经济分类科目名称"),
            RowSource.Codes when _side.Rows.ClassLabels is null => "科目编码  科目名称",
            RowSource.Single => string.Empty,
            _ => "项目",
        };

        /// <summary>The label area of a row: the code (whole, or 类/款/项 in fixed columns) and the name, or the label.</summary>
        private string LabelText(PrintedFormRow row)
        {
            if (row.Kind == PrintedRowKind.Total)
            {
                return "    " + row.Label;
            }

            if (row.Kind != PrintedRowKind.Code || _side.Rows.ClassLabels is not null)
            {
                return row.Label;
            }

            if (_side.Rows.Printing == CodePrinting.Whole)
            {
                return row.Id + "  " + row.Label;
            }

            var parts = new List<string> { row.Id[..3] };
            for (var at = 3; at + 2 <= row.Id.Length; at += 2)
            {
                parts.Add(row.Id.Substring(at, 2));
            }

            var slots = _side.Rows.Levels.Count >= 3 ? 3 : 2;
            var code = new StringBuilder();
            for (var s = 0; s < slots; s++)
            {
                var part = s < parts.Count ? parts[s] : string.Empty;
                code.Append(part.PadRight(s == 0 ? 3 : 2)).Append("   ");
            }

            return code + row.Label;
        }

        private static string Split(string levels, string name)
        {
            var slots = levels.Split(' ');
            var code = new StringBuilder();
            for (var s = 0; s < slots.Length; s++)
            {
                code.Append(slots[s].PadRight(s == 0 ? 3 : 2)).Append("   ");
            }

            return code + name;
        }

        private string Amount(decimal value) => value.ToString("N" + _decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
