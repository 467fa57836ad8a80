using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// Reads one table between its title and the next table: the unit of its header block, the column places of its header
/// lines, then its rows side by side (codes, fixed lines, 类 by name, the total, a single row), amounts placed by position.
/// A page that does not repeat the column headers ends the table (the narrative follows); a note (注:…) ends it too.
/// </summary>
internal sealed class TableReader
{
    // The header block and column headers take at most this many lines; a table whose first row is further down is read
    // with the columns found there.
    private const int HeaderDepth = 14;

    private readonly IReadOnlyList<LayoutLine> _lines;
    private readonly FormTable _table;
    private readonly SideRows[] _sides;
    private readonly ColumnEdges _edges = new();
    private ColumnLayout _layout = null!;

    // Added to the positions of the current page's amounts: a page continuing the table may be laid out shifted.
    private int _shift;

    // Added to every amount's centre before placing it: how far right of their labels' centres the table prints amounts.
    private double _offset;

    private TableReader(IReadOnlyList<LayoutLine> lines, FormTable table, int year)
    {
        _lines = lines;
        _table = table;
        _sides = table.Sides.Select(s => new SideRows(s, year)).ToArray();
    }

    /// <summary>Reads the table whose title stands at <paramref name="titleIndex"/>, up to (not including) <paramref name="end"/>.</summary>
    public static PrintedFormTable Read(IReadOnlyList<LayoutLine> lines, int titleIndex, int end, FormTemplate form, FormTable table, string title, int year)
    {
        var reader = new TableReader(lines, table, year);
        var unit = HeaderBlock.Unit(lines, titleIndex, form.Header, table.Unit);
        var note = reader.ReadRows(titleIndex, end);

        // A single row that prints no amount (a 三公 table of blanks) leaves nothing to see: it is read as a row of blanks.
        var sides = table.Sides.Select((s, i) => new PrintedSide(s.Id, s.Columns.Select(c => c.Id).ToArray(),
            s.Rows.Source == RowSource.Single && reader._sides[i].Rows.Count == 0
                ? [new PrintedFormRow(PrintedRowKind.Single, "row", string.Empty, new decimal?[s.Columns.Count], lines[titleIndex].Number)]
                : reader._sides[i].Rows)).ToArray();
        return new PrintedFormTable(table.Id, title, unit, sides, note, lines[titleIndex].Number);
    }

    private PrintedNote? ReadRows(int titleIndex, int end)
    {
        var first = titleIndex + 1;
        while (first < end && first < titleIndex + HeaderDepth && !IsRow(_lines[first].Text))
        {
            first++;
        }

        _layout = ColumnLayout.Find(_table, Slice(titleIndex + 1, first));
        _offset = AmountPlacement.Offset(FirstPageAmounts(first, end), _layout.Columns.Select(c => c.Centre).ToArray());
        var inHeader = false;
        for (var i = first; i < end; i++)
        {
            var line = _lines[i];
            if (line.StartsPage)
            {
                foreach (var side in _sides)
                {
                    side.NewPage();
                }

                if (_sides.Any(r => r.Rows.Count > 0) || _table.Sides.All(s => s.Rows.Source == RowSource.Single))
                {
                    if (!ContinuesTable(i, end))
                    {
                        return null;
                    }

                    inHeader = true;
                    _shift = _edges.ShiftFor(PageAmountEnds(i, end));
                }
            }

            if (line.IsBlank || IsPageNumber(i, end))
            {
                continue;
            }

            if (TableNote.Begins(line.Text) && !IsRow(line.Text))
            {
                return ReadNotes(i, end);
            }

            if (inHeader)
            {
                if (!IsRow(line.Text))
                {
                    continue;
                }

                inHeader = false;
            }

            if (!ReadLine(i) && _table.Sides.All(s => s.Rows.Source == RowSource.Single) && _sides.All(r => r.Rows.Count > 0))
            {
                return null;
            }
        }

        return null;
    }

    // The notes from index on: one, or several apart (此表为空, then 注：…), the table ending after the last.
    private PrintedNote? ReadNotes(int index, int end)
    {
        var paragraphs = new List<string>();
        var at = index;
        while (at < end)
        {
            var (read, next) = TableNote.Read(_lines, at, end);
            paragraphs.AddRange(read);
            at = next;
            while (at < end && (_lines[at].IsBlank || IsPageNumber(at, end)) && !_lines[at].StartsPage)
            {
                at++;
            }

            if (at >= end || _lines[at].StartsPage || !TableNote.Begins(_lines[at].Text))
            {
                break;
            }
        }

        return TableNote.Of(paragraphs, _lines[index].Number);
    }

    // Reads one printed line into the sides; false when it added nothing.
    private bool ReadLine(int index)
    {
        var line = _lines[index];
        var code = CodePrefix.Match(line.Text, _table.Sides[0].Rows);
        var words = PrintedWords.Of(code?.Remainder ?? line.Text);
        var amounts = words.Where(w => w.Amount is not null).ToList();
        var texts = PrintedWords.Runs(words).Where(w => w.Amount is null).ToList();
        var centres = _layout.Columns.Select(c => c.Centre).ToArray();
        var placed = AmountPlacement.Place(amounts.Select(a => a.Centre + _shift + _offset).ToArray(), centres);
        if (placed is null)
        {
            return false;
        }

        var sides = _table.Sides.Count;
        var cells = _table.Sides.Select(s => new decimal?[s.Columns.Count]).ToArray();
        var hasAmount = new bool[sides];
        for (var k = 0; k < amounts.Count; k++)
        {
            var (side, column, _) = _layout.Columns[placed[k]];
            cells[side][column] = amounts[k].Amount;
            _edges.Record(placed[k], amounts[k].End + _shift);
            hasAmount[side] = true;
        }

        var runs = _table.Sides.Select(_ => new List<PrintedWord>()).ToArray();
        foreach (var run in texts)
        {
            runs[SideOf(run)].Add(run);
        }

        var beforeCode = BeforeUnlabelledCode(index);
        var added = false;
        for (var s = 0; s < sides; s++)
        {
            added |= _sides[s].Read(new SideLine(index, line.Number, s == 0 ? code?.Code : null, runs[s], cells[s], hasAmount[s], beforeCode));
        }

        return added;
    }

    // The side a label belongs to: by position, unless it names a line of a later side only (Jiangsu's T1 prints 当年支出小计
    // under the 功能分类 side though it is the 支出用途 side's line).
    private int SideOf(PrintedWord run)
    {
        var side = SideAt(run.Start);
        if (_sides[side].Labels.Match(run.Text) is not null || _sides[side].Labels.Begins(run.Text))
        {
            return side;
        }

        for (var k = side + 1; k < _table.Sides.Count; k++)
        {
            if (_sides[k].Labels.Match(run.Text) is { Kind: not PrintedRowKind.Code })
            {
                return k;
            }
        }

        return side;
    }

    // The side a position belongs to: past the last column of a side, the next side's labels begin.
    private int SideAt(int start)
    {
        var side = 0;
        for (var k = 1; k < _table.Sides.Count; k++)
        {
            var boundary = _layout.LastCentre(k - 1);
            if (!double.IsNaN(boundary) && start > boundary)
            {
                side = k;
            }
        }

        return side;
    }

    // A line that is a row: a code, an amount, or a label of a row of any side.
    private bool IsRow(string text)
    {
        if (CodePrefix.Match(text, _table.Sides[0].Rows) is not null)
        {
            return true;
        }

        var words = PrintedWords.Of(text);
        if (words.Any(w => w.Amount is not null))
        {
            return true;
        }

        // A header line printing 合计 as a column label is not the 合计 row.
        var runs = PrintedWords.Runs(words);
        if (runs.Count > 1 && ColumnLayout.PrintsHeader(_table, text))
        {
            return false;
        }

        return runs.Any(r => _sides.Any(l => l.Labels.Match(r.Text) is not null));
    }

    // A page continues the table when one of its first lines prints a column header again, or when its first line is a
    // line of a table (a long table broken over pages without repeating its header: 204 公共安全支出 1,252,300 …).
    private bool ContinuesTable(int index, int end)
    {
        var seen = 0;
        for (var i = index; i < end && seen < 8; i++)
        {
            if (_lines[i].IsBlank || IsPageNumber(i, end))
            {
                continue;
            }

            var text = _lines[i].Text;
            if (ColumnLayout.PrintsHeader(_table, text) || (seen == 0 && IsTableLine(text)))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    // A line of a table, not of prose: a code row with amounts, or amounts standing apart from short label cells (会议费
    // 110.05), where a sentence of the narrative is one long run that may quote amounts inside it.
    private bool IsTableLine(string text)
    {
        if (CodePrefix.Match(text, _table.Sides[0].Rows) is { } code)
        {
            return PrintedWords.Of(code.Remainder).Any(w => w.Amount is not null);
        }

        var words = PrintedWords.Of(text);
        var runs = PrintedWords.Runs(words);
        return words.Any(w => w.Amount is not null)
            && runs.Where(r => r.Amount is null).All(r => r.Text.Length <= MaxCellText)
            && runs.Zip(runs.Skip(1)).All(p => p.Second.Start - p.First.End >= CellGap);
    }

    // A cell's label in a table line is short, and cells stand apart by several spaces.
    private const int MaxCellText = 16;
    private const int CellGap = 3;

    // True when the next printed line is a code row printing no label (its label printed around it, above and below).
    private bool BeforeUnlabelledCode(int index)
    {
        for (var i = index + 1; i < _lines.Count && i <= index + 2; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            return CodePrefix.Match(_lines[i].Text, _table.Sides[0].Rows) is { } code && PrintedWords.Of(code.Remainder).All(w => w.Amount is not null);
        }

        return false;
    }

    // The amounts' centres of each line with amounts on the table's first page, where the header placed the columns.
    private List<double[]> FirstPageAmounts(int first, int end)
    {
        var rows = new List<double[]>();
        for (var i = first; i < end && !_lines[i].StartsPage; i++)
        {
            var text = CodePrefix.Match(_lines[i].Text, _table.Sides[0].Rows)?.Remainder ?? _lines[i].Text;
            if (PrintedWords.Of(text).Where(w => w.Amount is not null).Select(w => w.Centre).ToArray() is { Length: > 0 } centres)
            {
                rows.Add(centres);
            }
        }

        return rows;
    }

    // Where the amounts of the code rows of the page starting at index end.
    private List<int> PageAmountEnds(int index, int end)
    {
        var ends = new List<int>();
        for (var i = index; i < end && (i == index || !_lines[i].StartsPage); i++)
        {
            if (CodePrefix.Match(_lines[i].Text, _table.Sides[0].Rows) is { } code)
            {
                ends.AddRange(PrintedWords.Of(code.Remainder).Where(w => w.Amount is not null).Select(w => w.End));
            }
        }

        return ends;
    }

    // A page number: a short integer alone on the first or last printed line of a page.
    private bool IsPageNumber(int index, int end)
    {
        var text = _lines[index].Text.Trim().Trim('-', '—', ' ', '第', '页');
        if (text.Length is 0 or > 3 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (_lines[index].StartsPage)
        {
            return true;
        }

        for (var i = index + 1; i < _lines.Count; i++)
        {
            if (_lines[i].StartsPage)
            {
                return true;
            }

            if (!_lines[i].IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    private List<LayoutLine> Slice(int from, int to)
    {
        var list = new List<LayoutLine>();
        for (var i = from; i < to && i < _lines.Count; i++)
        {
            list.Add(_lines[i]);
        }

        return list;
    }
}
