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
    private readonly TablePages _pages;
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
        _pages = new TablePages(lines, table);
    }

    /// <summary>Reads the table whose title stands at <paramref name="titleIndex"/>, up to (not including) <paramref name="end"/>.</summary>
    public static PrintedFormTable Read(IReadOnlyList<LayoutLine> lines, int titleIndex, int end, FormTemplate form, FormTable table, string title, int year)
    {
        var unit = HeaderBlock.Unit(lines, titleIndex, form.Header, table.Unit);
        var headerEnd = HeaderBlock.End(lines, titleIndex, form.Header);
        lines = TableLines.Prepare(lines, titleIndex, headerEnd, end, form.Header, HeaderDepth);
        end = Math.Min(end, lines.Count);
        var reader = new TableReader(lines, table, year);
        var note = reader.ReadRows(titleIndex, headerEnd, end);

        // A single row that prints no amount (a 三公 table of blanks) leaves nothing to see: it is read as a row of blanks.
        var sides = table.Sides.Select((s, i) => new PrintedSide(s.Id, s.Columns.Select(c => c.Id).ToArray(),
            s.Rows.Source == RowSource.Single && reader._sides[i].Rows.Count == 0
                ? [new PrintedFormRow(PrintedRowKind.Single, "row", string.Empty, new decimal?[s.Columns.Count], lines[titleIndex].Number)]
                : reader._sides[i].Rows)).ToArray();
        return new PrintedFormTable(table.Id, title, unit, sides, note, lines[titleIndex].Number);
    }

    private PrintedNote? ReadRows(int titleIndex, int afterHeader, int end)
    {
        var first = afterHeader;
        while (first < end && first < titleIndex + HeaderDepth && !IsRow(_lines[first].Text))
        {
            first++;
        }

        _layout = ColumnLayout.Find(_table, Slice(titleIndex + 1, first));
        _offset = AmountPlacement.Offset(_pages.FirstPageAmounts(first, end), _layout.Columns.Select(c => c.Centre).ToArray());
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
                    if (!_pages.ContinuesTable(i, end))
                    {
                        return null;
                    }

                    inHeader = true;
                    _shift = _edges.ShiftFor(_pages.PageAmountEnds(i, end));
                }
            }

            if (line.IsBlank || _pages.IsPageNumber(i, end))
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
            while (at < end && (_lines[at].IsBlank || _pages.IsPageNumber(at, end)) && !_lines[at].StartsPage)
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

        var beforeCode = _pages.BeforeUnlabelledCode(index);
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
