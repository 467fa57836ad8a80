using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Reading;

/// <summary>What one printed line gives one side of a table: its code (first side only), its label runs left to right
/// and where the first starts, its cells and whether any holds an amount.</summary>
/// <param name="Index">The line's index among the text's lines.</param>
/// <param name="Number">The line's 1-based number.</param>
/// <param name="Code">The code the line starts with, or null.</param>
/// <param name="Runs">The label runs on this side.</param>
/// <param name="Cells">The side's cells, by column.</param>
/// <param name="HasAmount">True when some cell holds an amount.</param>
/// <param name="BeforeUnlabelledCode">True when the next printed line is a code row without a label of its own.</param>
internal sealed record SideLine(int Index, int Number, string? Code, IReadOnlyList<PrintedWord> Runs, decimal?[] Cells, bool HasAmount, bool BeforeUnlabelledCode)
{
    /// <summary>The runs joined with a space, or null when there are none.</summary>
    public string? Label => Runs.Count == 0 ? null : string.Join(" ", Runs.Select(r => r.Text)).Trim();

    /// <summary>Where the first run starts (0 without runs).</summary>
    public int LabelStart => Runs.Count == 0 ? 0 : Runs[0].Start;
}

/// <summary>
/// The rows of one side of a table as its lines are read: a code row, a fixed line or 类 named by its label, the single
/// row; and what printing spreads over several lines — a label wrapped onto the next line, a code row's label printed
/// around its code line, amounts on a line of their own, a two-level label whose group is printed once for its lines.
/// </summary>
internal sealed class SideRows
{
    // A label wrapped onto the next line of a code row starts about where the label above starts.
    private const int WrapSlack = 4;

    private readonly FormSide _side;
    private readonly RowLabels _labels;
    private readonly List<PrintedFormRow> _rows = [];
    private string? _pendingLabel;
    private decimal?[]? _pendingCells;
    private (int Row, int Index, int LabelStart)? _last;
    private (string Text, int Start)? _labelAbove;
    private int? _openItem;

    public SideRows(FormSide side, int year)
    {
        _side = side;
        _labels = new RowLabels(side, year);
    }

    /// <summary>The rows read, in printed order (a 小计 whose group never printed is left out: no line is known for it).</summary>
    public IReadOnlyList<PrintedFormRow> Rows => _rows.Where(r => r.Id.Length > 0).ToArray();

    /// <summary>The labels of the side's rows.</summary>
    public RowLabels Labels => _labels;

    /// <summary>Forgets the row last read: a new page starts, and nothing on it continues a row above.</summary>
    public void NewPage()
    {
        _last = null;
        _labelAbove = null;
    }

    /// <summary>Reads what a line prints on this side; false when it added nothing.</summary>
    public bool Read(SideLine line)
    {
        if (_side.Rows.Source == RowSource.Single)
        {
            if (!line.HasAmount || _rows.Count > 0)
            {
                return false;
            }

            Add(new PrintedFormRow(PrintedRowKind.Single, "row", string.Empty, line.Cells, line.Number), line.Index, line.LabelStart);
            return true;
        }

        if (line.Code is { } code)
        {
            var (label, start) = line.Label is { Length: > 0 } own ? (own, line.LabelStart) : _labelAbove ?? (string.Empty, line.LabelStart);
            _labelAbove = null;
            Add(new PrintedFormRow(PrintedRowKind.Code, code, label, line.Cells, line.Number), line.Index, start);
            return true;
        }

        if (line.Label is { } text)
        {
            return ReadLabel(line, text);
        }

        if (!line.HasAmount)
        {
            return false;
        }

        // Amounts on a line of their own (Jiangsu's 收入预算总表): under the label just read, else above the next one.
        if (_last is { } previous && line.Index - previous.Index <= 2 && _rows[previous.Row].Cells.All(c => c is null))
        {
            Replace(previous.Row, _rows[previous.Row] with { Cells = line.Cells }, line.Index);
            return true;
        }

        _pendingCells = line.Cells;
        return true;
    }

    private bool ReadLabel(SideLine line, string text)
    {
        var cells = line.Cells;
        var joined = _pendingLabel is { } pending ? pending + text : text;
        // Asked only of a label two fixed lines print, so a label line costs no set of the rows read.
        bool Read(string id) => _rows.Exists(r => r.Id == id);
        var match = _labels.Match(joined, Read);
        if (match is null && _pendingLabel is not null)
        {
            joined = text;
            match = _labels.Match(joined, Read);
        }

        if (match is { } m)
        {
            _pendingLabel = null;
            if (!line.HasAmount && _pendingCells is { } above)
            {
                cells = above;
            }

            _pendingCells = null;
            Add(new PrintedFormRow(m.Kind, m.Id, LabelText.Printed(joined), cells, line.Number), line.Index, line.LabelStart);
            return true;
        }

        // A group name closes the 小计 above it before it could be taken for the start of a wrapped label (上年结转和结余资金
        // is also where 上年结转和结余资金/小计 begins).
        if (_openItem is not null && line.Runs.Any(r => _labels.IsGroup(r.Text)) && ReadGrouped(line))
        {
            return true;
        }

        if (_labels.Begins(joined))
        {
            _pendingLabel = joined;
            return false;
        }

        if (ReadGrouped(line))
        {
            return true;
        }

        // A code row's label printed around its code line (机关事业单位基本养老保险缴费支 / 2080505 … 1,384.70 / 出).
        if (!line.HasAmount && line.BeforeUnlabelledCode)
        {
            _labelAbove = (text, line.LabelStart);
            return true;
        }

        // A code row's label wrapped onto the next line: text alone, starting under the label above.
        if (!line.HasAmount && _last is { } last && _rows[last.Row].Kind == PrintedRowKind.Code && line.Index - last.Index <= 2
            && Math.Abs(line.LabelStart - last.LabelStart) <= WrapSlack)
        {
            Replace(last.Row, _rows[last.Row] with { Label = _rows[last.Row].Label + text }, line.Index);
            return true;
        }

        return false;
    }

    // Two-level labels (Jiangsu's 收入预算总表): the group (一般公共预算资金) printed once at the left, in a cell spanning its
    // lines, its 小计 first. Runs are taken right to left, so the item of a line is read before the group beside it: a 小计
    // waits for its group, which may print on its own line, on its line or on a later line of the group.
    private bool ReadGrouped(SideLine line)
    {
        var added = false;
        for (var k = line.Runs.Count - 1; k >= 0; k--)
        {
            var run = line.Runs[k].Text;
            var cells = k == line.Runs.Count - 1 ? line.Cells : new decimal?[line.Cells.Length];
            if (_labels.Match(run) is { } m)
            {
                Add(new PrintedFormRow(m.Kind, m.Id, LabelText.Printed(run), cells, line.Number), line.Index, line.Runs[k].Start);
                added = true;
            }
            else if (_labels.IsGroupItem(run))
            {
                Add(new PrintedFormRow(PrintedRowKind.Line, string.Empty, LabelText.Printed(run), cells, line.Number), line.Index, line.Runs[k].Start);
                _openItem = _rows.Count - 1;
                added = true;
            }
            else if (_labels.IsGroup(run) && _openItem is { } open && _labels.GroupLine(run, _rows[open].Label) is { } id)
            {
                Replace(open, _rows[open] with { Id = id, Label = LabelText.Printed(run) + "/" + _rows[open].Label }, null);
                _openItem = null;
                added = true;
            }
        }

        return added;
    }

    private void Add(PrintedFormRow row, int index, int labelStart)
    {
        _rows.Add(row);
        _last = (_rows.Count - 1, index, labelStart);
    }

    // Replaces a row read before; a later line (index) that continues it becomes the last line read.
    private void Replace(int row, PrintedFormRow with, int? index)
    {
        _rows[row] = with;
        if (index is { } i && _last is { } last && last.Row == row)
        {
            _last = (row, i, last.LabelStart);
        }
    }
}
