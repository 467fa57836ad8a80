using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Formats;

/// <summary>
/// Space-separated PDF text (seed 001): the cells of a row joined by spaces with empty cells dropped; a name too long
/// for its column wraps onto lines of its own, with the cells before it on the row's first line and those after it
/// on a line below; prose breaks at the page width; the page header is one line, repeated on every page.
/// </summary>
internal sealed class SpaceWriter : FormatWriter
{
    public SpaceWriter(TextLayoutOptions options)
        : base(options)
    {
    }

    protected override void WriteHeading(string text) => Line(" " + text);

    // Prose fills pages too: a page of text holds about as many lines as two pages of table rows, and ends with its
    // number among the lines, as seed 001's explanatory part does.
    protected override void WriteParagraph(string text)
    {
        foreach (var line in Wrapping.Lines(text, Options.ProseWidth))
        {
            Line(line);
            Line();
            if (++_proseLines % (2 * Math.Max(1, Options.RowsPerPage)) == 0)
            {
                Line();
                EndProsePage();
                Line();
            }
        }
    }

    private int _proseLines;

    protected override void WriteContents(string title, string page) => Line($"{title}..... {page}");

    protected override void WriteGridHeader(Grid grid, bool firstPage)
    {
        if (grid.PageHeader.Count > 0)
        {
            // PDF extraction starts a page with a stray space before its first word.
            Line((firstPage ? string.Empty : " ") + string.Join(' ', grid.PageHeader));
            Line();
        }

        foreach (var row in grid.ColumnHeader)
        {
            Line(string.Join(' ', row.Cells.Where(c => !string.IsNullOrEmpty(c))));
            Line();
        }
    }

    protected override void WriteRow(GridRow row)
    {
        var pending = new List<string>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i] ?? string.Empty;
            var lines = row.Wrap.Contains(i) ? Wrapping.Lines(cell, Options.WrapWidth) : [cell.Replace('\n', ' ')];
            if (lines.Count == 1)
            {
                if (lines[0].Length > 0)
                {
                    pending.Add(lines[0]);
                }

                continue;
            }

            Flush(pending);
            foreach (var line in lines)
            {
                Line(line);
            }
        }

        Flush(pending);
        Line();
    }

    protected override void WritePageEnd(bool lastPage)
    {
        Line();
        Line();
        PageNumber();
        Line();
    }

    protected override void WriteNote(string note)
    {
        foreach (var line in note.Split('\n'))
        {
            Line(line);
            Line();
        }
    }

    private void Flush(List<string> words)
    {
        if (words.Count > 0)
        {
            Line(string.Join(' ', words));
            words.Clear();
        }
    }
}
