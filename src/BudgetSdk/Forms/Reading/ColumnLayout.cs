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
                var best = double.NaN;
                foreach (var label in columns[c].Labels)
                {
                    foreach (var centre in Occurrences(LabelText.Compact(label), compact))
                    {
                        if (centre > previous && (double.IsNaN(best) || centre < best))
                        {
                            best = centre;
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

    // The centres where a label prints: whole on one line, or split in two parts on a line and one of the next three.
    private static IEnumerable<double> Occurrences(string label, (string Text, int[] Columns)[] lines)
    {
        if (label.Length == 0)
        {
            yield break;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var (from, to) in Find(lines[i], label))
            {
                yield return (from + to) / 2.0;
            }

            for (var k = 1; k < label.Length; k++)
            {
                foreach (var (a1, b1) in Find(lines[i], label[..k]))
                {
                    for (var j = i + 1; j < Math.Min(lines.Length, i + 4); j++)
                    {
                        foreach (var (a2, b2) in Find(lines[j], label[k..]))
                        {
                            var c1 = (a1 + b1) / 2.0;
                            var c2 = (a2 + b2) / 2.0;
                            if (Math.Abs(c1 - c2) <= Stack && IsWholeRun(lines[i], a1, b1) && IsWholeRun(lines[j], a2, b2))
                            {
                                yield return (Math.Min(a1, a2) + Math.Max(b1, b2)) / 2.0;
                            }
                        }
                    }
                }
            }
        }
    }

    // A part of a wrapped label is a whole printed run: 数 alone under 机关运行经费预算, not the 数 of 预算数.
    private static bool IsWholeRun((string Text, int[] Columns) line, int from, int to)
    {
        var cols = line.Columns;
        var first = Array.IndexOf(cols, from);
        var last = Array.IndexOf(cols, to);
        var before = first <= 0 || cols[first] - cols[first - 1] > 1;
        var after = last < 0 || last >= cols.Length - 1 || cols[last + 1] - cols[last] > 1;
        return before && after;
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
