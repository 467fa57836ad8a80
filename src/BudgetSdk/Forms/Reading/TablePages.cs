using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// How a table's lines stand on its pages: page numbers, a page that continues the table (with its header repeated or
/// not), the amounts that tell how the first page and each continued page are laid out, and a code row printed
/// between the two lines of its label.
/// </summary>
internal sealed class TablePages
{
    private readonly IReadOnlyList<LayoutLine> _lines;
    private readonly FormTable _table;

    public TablePages(IReadOnlyList<LayoutLine> lines, FormTable table)
    {
        _lines = lines;
        _table = table;
    }

    /// <summary>A page continues the table when one of its first lines prints a column header again, or when its first
    /// line is a line of a table (a long table broken over pages without repeating its header: 204 公共安全支出 1,252,300 …).
    /// </summary>
    public bool ContinuesTable(int index, int end)
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

    /// <summary>True when the next printed line is a code row printing no label (its label printed around it, above and
    /// below).</summary>
    public bool BeforeUnlabelledCode(int index)
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

    // The rows that tell the table's offset: a page's worth is plenty, and a hostile text of a million amount lines
    // without a page break costs no more.
    private const int OffsetRows = 60;

    /// <summary>The amounts' centres of each line with amounts on the table's first page, where the header placed the
    /// columns.</summary>
    public List<double[]> FirstPageAmounts(int first, int end)
    {
        var rows = new List<double[]>();
        for (var i = first; i < end && !_lines[i].StartsPage && rows.Count < OffsetRows; i++)
        {
            var text = CodePrefix.Match(_lines[i].Text, _table.Sides[0].Rows)?.Remainder ?? _lines[i].Text;
            if (PrintedWords.Of(text).Where(w => w.Amount is not null).Select(w => w.Centre).ToArray() is { Length: > 0 } centres)
            {
                rows.Add(centres);
            }
        }

        return rows;
    }

    /// <summary>Where the amounts of the code rows of the page starting at index end (what tells the page's shift).
    /// </summary>
    public List<int> PageAmountEnds(int index, int end)
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

    /// <summary>A page number: a short integer alone on the first or last printed line of a page.</summary>
    public bool IsPageNumber(int index, int end)
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
}
