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

    // A label wrapped onto the next line of a code row starts about where the label above starts.
    private const int WrapSlack = 4;

    private readonly IReadOnlyList<LayoutLine> _lines;
    private readonly FormTable _table;
    private readonly RowLabels[] _labels;
    private readonly List<PrintedFormRow>[] _rows;
    private readonly string?[] _pendingLabel;
    private readonly decimal?[]?[] _pendingCells;
    private readonly (PrintedFormRow Row, int Index, int LabelStart)?[] _last;
    private ColumnLayout _layout = null!;

    private TableReader(IReadOnlyList<LayoutLine> lines, FormTable table, int year)
    {
        _lines = lines;
        _table = table;
        _labels = table.Sides.Select(s => new RowLabels(s, year)).ToArray();
        _rows = table.Sides.Select(_ => new List<PrintedFormRow>()).ToArray();
        _pendingLabel = new string?[table.Sides.Count];
        _pendingCells = new decimal?[]?[table.Sides.Count];
        _last = new (PrintedFormRow, int, int)?[table.Sides.Count];
    }

    /// <summary>Reads the table whose title stands at <paramref name="titleIndex"/>, up to (not including) <paramref name="end"/>.</summary>
    public static PrintedFormTable Read(IReadOnlyList<LayoutLine> lines, int titleIndex, int end, FormTemplate form, FormTable table, string title, int year)
    {
        var reader = new TableReader(lines, table, year);
        var unit = HeaderBlock.Unit(lines, titleIndex, form.Header, table.Unit);
        var note = reader.ReadRows(titleIndex, end);
        var sides = table.Sides.Select((s, i) => new PrintedSide(s.Id, s.Columns.Select(c => c.Id).ToArray(), reader._rows[i].ToArray())).ToArray();
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
        var inHeader = false;
        for (var i = first; i < end; i++)
        {
            var line = _lines[i];
            if (line.StartsPage)
            {
                Array.Clear(_last);
                if (_rows.Any(r => r.Count > 0) || _table.Sides.All(s => s.Rows.Source == RowSource.Single))
                {
                    if (!RepeatsHeader(i, end))
                    {
                        return null;
                    }

                    inHeader = true;
                }
            }

            if (line.IsBlank || IsPageNumber(i, end))
            {
                continue;
            }

            var compact = LabelText.Compact(line.Text);
            if (compact.StartsWith("注:", StringComparison.Ordinal))
            {
                return new PrintedNote(line.Text.Trim(), line.Number);
            }

            if (inHeader)
            {
                if (!IsRow(line.Text))
                {
                    continue;
                }

                inHeader = false;
            }

            if (!ReadLine(i) && _table.Sides.All(s => s.Rows.Source == RowSource.Single) && _rows.All(r => r.Count > 0))
            {
                return null;
            }
        }

        return null;
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
        var placed = AmountPlacement.Place(amounts.Select(a => a.Centre).ToArray(), centres);
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
            hasAmount[side] = true;
        }

        var label = new string?[sides];
        var labelStart = new int[sides];
        foreach (var run in texts)
        {
            var side = SideAt(run.Start);
            if (label[side] is null)
            {
                labelStart[side] = run.Start;
            }

            label[side] = label[side] is null ? run.Text : label[side] + " " + run.Text;
        }

        var added = false;
        for (var s = 0; s < sides; s++)
        {
            added |= ReadSide(s, index, s == 0 ? code?.Code : null, label[s], labelStart[s], cells[s], hasAmount[s]);
        }

        return added;
    }

    private bool ReadSide(int s, int index, string? code, string? label, int labelStart, decimal?[] cells, bool hasAmount)
    {
        var side = _table.Sides[s];
        var number = _lines[index].Number;
        if (side.Rows.Source == RowSource.Single)
        {
            if (!hasAmount || _rows[s].Count > 0)
            {
                return false;
            }

            Add(s, new PrintedFormRow(PrintedRowKind.Single, "row", string.Empty, cells, number), index, labelStart);
            return true;
        }

        if (code is not null)
        {
            Add(s, new PrintedFormRow(PrintedRowKind.Code, code, (label ?? string.Empty).Trim(), cells, number), index, labelStart);
            return true;
        }

        if (label is not null)
        {
            var joined = _pendingLabel[s] is { } pending ? pending + label.Trim() : label.Trim();
            var match = _labels[s].Match(joined);
            if (match is null && _pendingLabel[s] is not null)
            {
                joined = label.Trim();
                match = _labels[s].Match(joined);
            }

            if (match is { } m)
            {
                _pendingLabel[s] = null;
                if (!hasAmount && _pendingCells[s] is { } above)
                {
                    cells = above;
                }

                _pendingCells[s] = null;
                Add(s, new PrintedFormRow(m.Kind, m.Id, joined, cells, number), index, labelStart);
                return true;
            }

            if (_labels[s].Begins(joined))
            {
                _pendingLabel[s] = joined;
                return false;
            }

            // A code row's label wrapped onto the next line: text alone, starting under the label above.
            if (!hasAmount && _last[s] is { Row.Kind: PrintedRowKind.Code } last && index - last.Index <= 2 && Math.Abs(labelStart - last.LabelStart) <= WrapSlack)
            {
                var row = last.Row with { Label = last.Row.Label + label.Trim() };
                _rows[s][_rows[s].IndexOf(last.Row)] = row;
                _last[s] = (row, index, last.LabelStart);
                return true;
            }

            return false;
        }

        if (!hasAmount)
        {
            return false;
        }

        // Amounts on a line of their own (Jiangsu's 收入预算总表): under the label just read, else above the next one.
        if (_last[s] is { } previous && index - previous.Index <= 2 && previous.Row.Cells.All(c => c is null))
        {
            var row = previous.Row with { Cells = cells };
            _rows[s][_rows[s].IndexOf(previous.Row)] = row;
            _last[s] = (row, index, previous.LabelStart);
            return true;
        }

        _pendingCells[s] = cells;
        return true;
    }

    private void Add(int s, PrintedFormRow row, int index, int labelStart)
    {
        _rows[s].Add(row);
        _last[s] = (row, index, labelStart);
    }

    // The side a label run belongs to: past the last column of a side, the next side's labels begin.
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

        return runs.Any(r => _labels.Any(l => l.Match(r.Text) is not null));
    }

    // A page continues the table when one of its first lines prints a column header again.
    private bool RepeatsHeader(int index, int end)
    {
        var seen = 0;
        for (var i = index; i < end && seen < 8; i++)
        {
            if (_lines[i].IsBlank || IsPageNumber(i, end))
            {
                continue;
            }

            if (ColumnLayout.PrintsHeader(_table, _lines[i].Text))
            {
                return true;
            }

            seen++;
        }

        return false;
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
