namespace BudgetSdk.Forms.Reading;

/// <summary>One line of <c>pdftotext -layout</c> text: its characters (a character is one column, CJK included), its
/// 1-based number and its page (form feeds separate pages). Tab-separated text is laid out on a grid first
/// (<see cref="TabGrid"/>), a cell's column given by its tab.</summary>
/// <param name="Text">The line without form feeds or a trailing carriage return.</param>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Page">The 0-based page.</param>
/// <param name="StartsPage">True when a form feed precedes the line (the first line of a page after the first).</param>
internal sealed record LayoutLine(string Text, int Number, int Page, bool StartsPage)
{
    /// <summary>True when the line has no printing character.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>True when the line was tab-separated, its cells laid out on <see cref="TabGrid"/>'s grid.</summary>
    public bool Tabbed { get; init; }

    /// <summary>The lines of a text; element i is line i+1, as the narrative reader counts.</summary>
    public static IReadOnlyList<LayoutLine> Split(string text)
    {
        var raw = text.Split('\n');
        var tabbed = raw.Select(l => l.Contains('\t', StringComparison.Ordinal)).ToArray();
        if (tabbed.Any(t => t))
        {
            raw = TabGrid.Lay(raw);
        }

        var lines = new LayoutLine[raw.Length];
        var page = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var s = raw[i].TrimEnd('\r');
            var startsPage = s.Contains('\f', StringComparison.Ordinal);
            if (startsPage)
            {
                page += s.Count(c => c == '\f');
                s = s.Replace("\f", string.Empty, StringComparison.Ordinal);
            }

            lines[i] = new LayoutLine(s, i + 1, page, startsPage) { Tabbed = tabbed[i] };
        }

        return Dedented(lines);
    }

    // pdftotext starts each page's lines at the page's leftmost text; another tool (or a hand copy) may indent a page as
    // a whole. Taking the page's common indent away reads it as pdftotext's: codes stand at the line start again, and the
    // columns keep their places relative to each other.
    private static LayoutLine[] Dedented(LayoutLine[] lines)
    {
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var indent = page.Where(l => !l.IsBlank).Select(l => l.Text.Length - l.Text.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
            if (indent == 0)
            {
                continue;
            }

            foreach (var line in page.Where(l => !l.IsBlank))
            {
                lines[line.Number - 1] = line with { Text = line.Text[indent..] };
            }
        }

        return lines;
    }
}
