using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Formats;

/// <summary>
/// DOCX text (seed 002): each table cell on a line of its own behind a tab, a blank line after each row, a merged
/// header cell once; a paragraph inside a cell continues on lines without the tab; prose and titles are plain lines.
/// Word tables have no pages, so a table prints its header once; page numbers of the printed layout may follow it.
/// </summary>
internal sealed class DocxWriter : FormatWriter
{
    public DocxWriter(TextLayoutOptions options)
        : base(options)
    {
    }

    protected override void WriteHeading(string text) => Line(text);

    protected override void WriteParagraph(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            Line(line);
        }
    }

    protected override void WriteContents(string title, string page) => Line($"{title}\t{page}");

    protected override void WriteGridHeader(Grid grid, bool firstPage)
    {
        if (!firstPage)
        {
            return;
        }

        if (grid.PageHeader.Count > 0)
        {
            // The department prints glued to its code (430青龙…), as the seed's converter left it.
            var first = grid.PageHeader[0];
            var department = first.Length > 4 && first[3] == ' ' ? first.Remove(3, 1) : first;
            WriteRow(new GridRow([department, .. grid.PageHeader.Skip(1)]));
        }

        foreach (var row in grid.ColumnHeader)
        {
            WriteRow(row);
        }
    }

    protected override void WriteRow(GridRow row)
    {
        foreach (var cell in row.Cells.OfType<string>())
        {
            var lines = cell.Split('\n');
            Line("\t" + lines[0]);
            foreach (var more in lines.Skip(1))
            {
                Line(more);
            }
        }

        Line();
    }

    protected override void WritePageEnd(bool lastPage)
    {
        if (lastPage)
        {
            Line();
            Line();
            PageNumber();
        }
    }

    protected override void WriteNote(string note)
    {
        Line();
        foreach (var line in note.Split('\n'))
        {
            Line(line);
        }
    }
}
