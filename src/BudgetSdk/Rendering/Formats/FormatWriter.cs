using System.Globalization;
using System.Text;
using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Formats;

/// <summary>
/// Lays blocks out as the text of one extraction format. The base walks the blocks, counts pages (a paged grid breaks
/// every <see cref="TextLayoutOptions.RowsPerPage"/> rows and ends its last page) and numbers bookmarks; a format
/// says how each block prints.
/// </summary>
internal abstract class FormatWriter
{
    private int _bookmark;

    protected FormatWriter(TextLayoutOptions options) => Options = options;

    protected TextLayoutOptions Options { get; }

    protected StringBuilder Text { get; } = new();

    /// <summary>The page being written.</summary>
    protected int Page { get; private set; } = 1;

    public string Write(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    WriteHeading(Marked(heading));
                    break;
                case Paragraph paragraph:
                    WriteParagraph(paragraph.Text);
                    break;
                case ContentsLine line:
                    WriteContents(line.Title, line.Page.ToString(CultureInfo.InvariantCulture));
                    break;
                case Grid grid:
                    WriteGrid(Options.ThousandsSeparators ? grid with { Rows = grid.Rows.Select(Separated).ToArray() } : grid);
                    break;
            }
        }

        return Text.ToString();
    }

    protected abstract void WriteHeading(string text);

    protected abstract void WriteParagraph(string text);

    protected abstract void WriteContents(string title, string page);

    /// <summary>The page header lines and column header that open a grid and every page of it.</summary>
    protected abstract void WriteGridHeader(Grid grid, bool firstPage);

    protected abstract void WriteRow(GridRow row);

    /// <summary>What ends a page of a grid before the next one starts (a page number, blank lines).</summary>
    protected abstract void WritePageEnd(bool lastPage);

    protected abstract void WriteNote(string note);

    protected void Line(string text = "") => Text.Append(text).Append('\n');

    protected void PageNumber()
    {
        if (Options.PageNumbers)
        {
            Line(Page.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Ends a page of prose: its number, when numbers are printed, and the count moves on.</summary>
    protected void EndProsePage()
    {
        PageNumber();
        Page++;
    }

    /// <summary>The grid being written, or null between grids.</summary>
    protected Grid? CurrentGrid { get; private set; }

    private void WriteGrid(Grid grid)
    {
        CurrentGrid = grid;
        var size = grid.Paged ? Math.Max(1, Options.RowsPerPage) : int.MaxValue;
        var pages = grid.Rows.Chunk(size).ToList();
        if (pages.Count == 0)
        {
            pages.Add([]);
        }

        for (var p = 0; p < pages.Count; p++)
        {
            WriteGridHeader(grid, p == 0);
            foreach (var row in pages[p])
            {
                WriteRow(row);
            }

            // A note stands under the last row, on the table's last page.
            var last = p == pages.Count - 1;
            if (last && grid.Note is { } note)
            {
                WriteNote(note);
            }

            if (grid.Paged)
            {
                WritePageEnd(last);
                Page++;
            }
        }

        CurrentGrid = null;
    }

    // 1630.30 → 1,630.30 in every amount cell of a data row; codes, counts and text stay as they are.
    private static GridRow Separated(GridRow row)
        => row with
        {
            Cells = row.Cells.Select(c => c is { Length: > 6 } && decimal.TryParse(c, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && c[^3] == '.'
                ? amount.ToString("#,##0.00", CultureInfo.InvariantCulture)
                : c).ToArray(),
        };

    private string Marked(Heading heading)
    {
        if (!Options.Bookmarks || !heading.Bookmarked)
        {
            return heading.Text;
        }

        _bookmark++;
        return $"[bookmark: _Toc_{_bookmark:0000000000}]{heading.Text}";
    }
}
