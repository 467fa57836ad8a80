namespace BudgetSdk.Forms.Reading;

/// <summary>
/// Where the amounts of each column of a table end on the pages read so far. <c>pdftotext -layout</c> lays out each page
/// on its own, so a page continuing a table without repeating its header may stand a few columns left or right of the
/// page whose header placed the columns; right-aligned amounts keep their spacing, so the page's shift is the one that
/// brings its amounts' ends onto the ends seen before.
/// </summary>
internal sealed class ColumnEdges
{
    // pdftotext shifts a page by a few columns; a larger shift would be another layout, not a shift.
    private const int Search = 24;

    private readonly Dictionary<int, List<int>> _ends = [];

    /// <summary>Records that an amount placed in column <paramref name="column"/> (of the layout) ends at <paramref name="end"/>.</summary>
    public void Record(int column, int end)
    {
        if (!_ends.TryGetValue(column, out var list))
        {
            _ends[column] = list = [];
        }

        list.Add(end);
    }

    /// <summary>The shift to add to the positions of a page's amounts, given where they end; 0 when nothing was seen.</summary>
    public int ShiftFor(IReadOnlyCollection<int> pageEnds)
    {
        if (_ends.Count == 0 || pageEnds.Count == 0)
        {
            return 0;
        }

        var seen = _ends.Values.Select(Median).ToArray();
        var best = 0;
        var bestScore = 0;
        for (var shift = -Search; shift <= Search; shift++)
        {
            var score = pageEnds.Count(e => seen.Any(o => Math.Abs(e + shift - o) <= 1));
            if (score > bestScore || (score == bestScore && score > 0 && Math.Abs(shift) < Math.Abs(best)))
            {
                best = shift;
                bestScore = score;
            }
        }

        return best;
    }

    private static int Median(List<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
