using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Formats;

/// <summary>
/// Tab-separated PDF text (seed 000): a table row per line with every cell kept, empty ones too; titles, page header
/// lines and paragraphs stand between blank lines; every page of a table repeats the page header and column header.
/// </summary>
internal sealed class TabWriter : FormatWriter
{
    public TabWriter(TextLayoutOptions options)
        : base(options)
    {
    }

    protected override void WriteHeading(string text)
    {
        Line();
        Line(text);
        Line();
    }

    protected override void WriteParagraph(string text)
    {
        Line(text);
        Line();
    }

    protected override void WriteContents(string title, string page) => Line($"{title}.....\t{page}");

    protected override void WriteGridHeader(Grid grid, bool firstPage)
    {
        foreach (var line in grid.PageHeader)
        {
            Line(line);
            Line();
        }

        foreach (var row in grid.ColumnHeader)
        {
            WriteRow(row);
        }
    }

    // A cell's own line breaks (绩效目标 entries) flow into one line in PDF text. In the nine tables a name too long
    // for its column continues on rows of its own, with no 序号 and every other cell empty.
    protected override void WriteRow(GridRow row)
    {
        var cells = row.Cells.Select(c => (c ?? string.Empty).Replace('\n', ' ')).ToArray();
        var wrapped = CurrentGrid is { Paged: true } && row.Wrap.Count > 0 && Options.WrapWidth is not null
            ? row.Wrap.ToDictionary(i => i, i => Wrapping.Lines(cells[i], Options.WrapWidth))
            : [];
        var lines = wrapped.Count == 0 ? 1 : wrapped.Values.Max(l => l.Count);
        for (var line = 0; line < lines; line++)
        {
            var printed = cells.Select((c, i) => wrapped.TryGetValue(i, out var parts) ? (line < parts.Count ? parts[line] : string.Empty) : line == 0 ? c : string.Empty);
            Line(string.Join('\t', printed));
        }
    }

    protected override void WritePageEnd(bool lastPage)
    {
        Line();
        PageNumber();
    }

    protected override void WriteNote(string note)
    {
        foreach (var line in note.Split('\n'))
        {
            Line();
            Line(line);
        }
    }
}
