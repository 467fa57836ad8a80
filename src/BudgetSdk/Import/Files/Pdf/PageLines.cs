using UglyToad.PdfPig.Content;

namespace BudgetSdk.Import.Files.Pdf;

/// <summary>One printed line of a page: its cells left to right, each with the x-range it covers.</summary>
internal sealed record PageLine(IReadOnlyList<LineCell> Cells, double Baseline, double Size)
{
    /// <summary>Halfway up the letters: a table rule that covers it crosses the line.</summary>
    public double Middle => Baseline + Size / 3;

    public double Left => Cells[0].Left;

    public double Right => Cells[^1].Right;
}

/// <summary>A run of letters without a wide gap: a table cell, or the whole of a prose line.</summary>
internal sealed record LineCell(string Text, double Left, double Right)
{
    public double Centre => (Left + Right) / 2;
}

/// <summary>
/// Groups a page's letters into lines by baseline (top to bottom) and each line into cells at gaps wider than
/// 0.6 em or at a vertical rule between two letters: table cells are separated by padding and rules, the letters of a
/// word or a name are not. Inside a cell a gap becomes a space between Latin letters only (the importer's labels), or,
/// for layout text, at every gap wider than a tenth of an em, as <c>pdftotext -layout</c> prints one
/// (<c>1. 一般公共预算资金</c>); layout text measures letters by their advances alone, as pdftotext does.
/// </summary>
internal static class PageLines
{
    public static List<PageLine> Of(IReadOnlyList<Letter> letters, IReadOnlyList<Rule> rules, bool layout = false)
    {
        // A glyph whose font maps it to no character (a list bullet Chromium draws in a Type3 font reads as U+0000) is
        // a mark, not text.
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && !l.Value.Any(char.IsControl) && l.BoundingBox.Width >= 0)
            .OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var lines = new List<PageLine>();
        var row = new List<Letter>();
        double baseline = 0, size = 0;
        foreach (var letter in visible)
        {
            var y = letter.StartBaseLine.Y;
            // Letters of one line share a baseline up to rounding; a third of the font size tells the next line apart.
            // Layout text takes the larger of the two letters' sizes, as pdftotext does: an amount centred beside a
            // label set in a larger size stands on the label's line (js-party-office-2017-tables' 收入预算总表).
            var tolerance = Math.Max(1.0, (layout ? Math.Max(size, Math.Max(letter.PointSize, letter.BoundingBox.Height)) : size) / 3);
            if (row.Count > 0 && Math.Abs(baseline - y) > tolerance)
            {
                lines.Add(Cells(row, baseline, size, rules, layout));
                row.Clear();
            }

            if (row.Count == 0)
            {
                baseline = y;
                size = Math.Max(letter.PointSize, letter.BoundingBox.Height);
            }

            row.Add(letter);
        }

        if (row.Count > 0)
        {
            lines.Add(Cells(row, baseline, size, rules, layout));
        }

        return lines;
    }

    private static PageLine Cells(List<Letter> row, double baseline, double size, IReadOnlyList<Rule> rules, bool layout)
    {
        row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var cells = new List<LineCell>();
        var text = new System.Text.StringBuilder();
        double left = 0, right = 0, previousEm = 0;
        var middle = baseline + size / 3;
        var crossing = rules.Where(r => r.Crosses(middle)).Select(r => r.X).ToArray();
        foreach (var letter in row)
        {
            // Layout text measures a letter by its advance, as pdftotext does: some fonts' glyph boxes are several
            // letters wide (js-court-2019's digits: 25 pt boxes on a 5 pt advance) and would run amounts together.
            var x = layout ? letter.StartBaseLine.X : Math.Min(letter.StartBaseLine.X, letter.BoundingBox.Left);
            var end = layout && letter.EndBaseLine.X > x ? letter.EndBaseLine.X : Math.Max(letter.EndBaseLine.X, letter.BoundingBox.Right);
            var em = Em(letter);
            if (text.Length > 0)
            {
                var gap = x - right;
                var width = Math.Max(em, previousEm);
                // A cell's padding is most of an em (our printed tables: 0.8 em); letters of a name touch, a Latin word space is a quarter em.
                if (gap > 0.6 * width || crossing.Any(r => r > right - 0.5 && r < x + 0.5))
                {
                    cells.Add(new LineCell(text.ToString(), left, right));
                    text.Clear();
                }
                else if (layout ? gap > 0.1 * width : gap > 0.2 * width && IsAscii(text[^1]) && IsAscii(letter.Value[0]))
                {
                    // A word space in Latin text that the PDF draws as a gap rather than a space glyph.
                    text.Append(' ');
                }
            }

            if (text.Length == 0)
            {
                left = x;
                right = end;
            }

            text.Append(Glyphs.Normal(letter.Value));
            previousEm = em;
            right = Math.Max(right, end);
        }

        cells.Add(new LineCell(text.ToString(), left, right));
        return new PageLine(cells, baseline, size);
    }

    // The em of a letter's font as drawn, from its advance: a CJK letter is an em wide, a digit or Latin letter about half.
    internal static double Em(Letter letter)
    {
        var advance = letter.EndBaseLine.X - letter.StartBaseLine.X;
        advance = advance > 0 ? advance : Math.Max(letter.BoundingBox.Width, 0.1);
        return letter.Value.Length > 0 && letter.Value[0] >= '\u2e80' ? advance : 2 * advance;
    }

    private static bool IsAscii(char c) => c is > ' ' and < '\u007f';
}
