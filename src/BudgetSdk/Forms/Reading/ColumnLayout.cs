using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// Where a table's amount columns stand: each form column's label found in the header lines (a label may wrap over lines,
/// 事业单位 / 经营收入, its parts stacked at one place), the columns of all sides taken left to right in the form's order.
/// A column whose label is not printed has no place (NaN) and receives no amount.
/// </summary>
internal sealed class ColumnLayout
{
    // Parts of a wrapped label stand one under the other: their centres differ by at most this many columns.
    private const double Stack = 6;

    private ColumnLayout(IReadOnlyList<(int Side, int Column, double Centre)> columns) => Columns = columns;

    /// <summary>Every column of every side in printed order, with its centre (NaN when its label was not found).</summary>
    public IReadOnlyList<(int Side, int Column, double Centre)> Columns { get; }

    /// <summary>The centre of the last placed column of a side, or NaN.</summary>
    public double LastCentre(int side) => Columns.Where(c => c.Side == side && !double.IsNaN(c.Centre)).Select(c => c.Centre).DefaultIfEmpty(double.NaN).Last();

    /// <summary>The centre of the first placed column of a side, or NaN.</summary>
    public double FirstCentre(int side) => Columns.Where(c => c.Side == side && !double.IsNaN(c.Centre)).Select(c => c.Centre).DefaultIfEmpty(double.NaN).First();

    /// <summary>True when at least one column was placed.</summary>
    public bool Found => Columns.Any(c => !double.IsNaN(c.Centre));

    /// <summary>Finds the columns of a table in its header lines.</summary>
    public static ColumnLayout Find(FormTable table, IReadOnlyList<LayoutLine> header)
    {
        var compact = header.Select(l => LabelText.CompactWithColumns(l.Text)).ToArray();
        var placed = new List<(int, int, double)>();
        var previous = double.NegativeInfinity;
        for (var s = 0; s < table.Sides.Count; s++)
        {
            var columns = table.Sides[s].Columns;
            for (var c = 0; c < columns.Count; c++)
            {
                // The leftmost place after the previous column; a label printed as a run of its own wins over the same
                // characters inside a longer label (运行费 alone, not in 公务用车购置及运行费).
                var best = double.NaN;
                var bestWhole = false;
                foreach (var label in columns[c].Labels)
                {
                    foreach (var (centre, whole) in Occurrences(LabelText.Compact(label), compact))
                    {
                        if (centre > previous && (double.IsNaN(best) || (whole && !bestWhole) || (whole == bestWhole && centre < best)))
                        {
                            best = centre;
                            bestWhole = whole;
                        }
                    }
                }

                placed.Add((s, c, best));
                if (!double.IsNaN(best))
                {
                    previous = best;
                }
            }
        }

        return new ColumnLayout(placed);
    }

    /// <summary>True when a line prints the label of any column (a header repeated at the top of a page).</summary>
    public static bool PrintsHeader(FormTable table, string line)
    {
        var compact = LabelText.Compact(line);
        return compact.Length > 0 && table.Sides.SelectMany(s => s.Columns).SelectMany(c => c.Labels)
            .Any(l => LabelText.Compact(l) is { Length: > 0 } k && compact.Contains(k, StringComparison.Ordinal));
    }

    // The centres where a label prints: whole on one line, or wrapped into stacked parts on following lines (事业单位 /
    // 经营收入; 因公出 / 国（境）/ 费). A two-level label (“三公”经费/小计) is its second part printed under its first.
    private static IEnumerable<(double Centre, bool Whole)> Occurrences(string label, (string Text, int[] Columns)[] lines)
    {
        if (label.Length == 0)
        {
            yield break;
        }

        if (label.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash && slash < label.Length - 1)
        {
            // Printed as written (“三公”经费/小计, as the layout writer prints it), or its item under its group.
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var (from, to) in Find(lines[i], label))
                {
                    yield return ((from + to) / 2.0, true);
                }
            }

            var group = label[..slash];
            var item = label[(slash + 1)..];
            var under = Enumerable.Range(0, lines.Length).Where(i => Stacked(group, lines, i, MaxParts, first: true).Any()).DefaultIfEmpty(-1).First();
            for (var i = under + 1; under >= 0 && i < lines.Length; i++)
            {
                foreach (var (from, to, whole) in Stacked(item, lines, i, MaxParts, first: true))
                {
                    yield return ((from + to) / 2.0, whole);
                }
            }

            yield break;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var (from, to, whole) in Stacked(label, lines, i, MaxParts, first: true))
            {
                yield return ((from + to) / 2.0, whole);
            }
        }
    }

    // A wrapped label has at most this many parts.
    private const int MaxParts = 3;

    // The column ranges where text prints starting on line i, and whether it prints as a run of its own: whole, or its
    // first part on line i and the rest stacked on one of the next three lines. A later part is a whole printed run (数
    // alone under 机关运行经费预算, not the 数 of 预算数); the first part may end a longer run (2023年机关运行经 / 费预算数).
    private static IEnumerable<(int From, int To, bool Whole)> Stacked(string text, (string Text, int[] Columns)[] lines, int i, int parts, bool first)
    {
        foreach (var (a, b) in Find(lines[i], text))
        {
            var whole = IsWholeRun(lines[i], a, b, requireStart: true);
            if (first || whole)
            {
                yield return (a, b, whole);
            }
        }

        if (parts < 2)
        {
            yield break;
        }

        for (var k = 1; k < text.Length; k++)
        {
            foreach (var (a1, b1) in Find(lines[i], text[..k]))
            {
                if (!IsWholeRun(lines[i], a1, b1, requireStart: !first))
                {
                    continue;
                }

                for (var j = i + 1; j < Math.Min(lines.Length, i + 4); j++)
                {
                    foreach (var (a2, b2, _) in Stacked(text[k..], lines, j, parts - 1, first: false))
                    {
                        if (Math.Abs(((a1 + b1) / 2.0) - ((a2 + b2) / 2.0)) <= Stack)
                        {
                            yield return (Math.Min(a1, a2), Math.Max(b1, b2), IsWholeRun(lines[i], a1, b1, requireStart: true));
                        }
                    }
                }
            }
        }
    }

    // True when the characters from..to are a whole printed run of the line (or, without requireStart, end one).
    private static bool IsWholeRun((string Text, int[] Columns) line, int from, int to, bool requireStart)
    {
        var cols = line.Columns;
        var first = Array.IndexOf(cols, from);
        var last = Array.IndexOf(cols, to);
        var before = first <= 0 || cols[first] - cols[first - 1] > 1;
        var after = last < 0 || last >= cols.Length - 1 || cols[last + 1] - cols[last] > 1;
        return (before || !requireStart) && after;
    }

    // The column ranges (first and last character) of each occurrence of text in a compact line.
    private static IEnumerable<(int From, int To)> Find((string Text, int[] Columns) line, string text)
    {
        for (var at = line.Text.IndexOf(text, StringComparison.Ordinal); at >= 0; at = line.Text.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            yield return (line.Columns[at], line.Columns[at + text.Length - 1]);
        }
    }
}
