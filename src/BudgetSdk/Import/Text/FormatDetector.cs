namespace BudgetSdk.Import.Text;

/// <summary>
/// Tells the three text formats apart by how tabs are used: DOCX text puts one cell on a line behind a single leading
/// tab; tab-separated PDF text puts a whole row on a line with tabs between cells; space-separated PDF text has
/// (almost) no tabs. Counting lines is enough because each format is consistent over a whole document.
/// </summary>
internal static class FormatDetector
{
    // A table of contents alone may bring a dozen tab lines into otherwise space-separated text; a short text
    // (a hand-made sample) needs only a quarter of its lines to be tab lines.
    private const int MinimumTabLines = 20;

    public static TextFormat Detect(IReadOnlyList<string> lines)
    {
        var oneCellLines = 0;
        var rowLines = 0;
        var nonBlank = 0;
        foreach (var line in lines)
        {
            nonBlank += string.IsNullOrWhiteSpace(line) ? 0 : 1;
            var first = line.IndexOf('\t', StringComparison.Ordinal);
            if (first < 0)
            {
                continue;
            }

            if (first == 0 && line.IndexOf('\t', 1) < 0)
            {
                oneCellLines++;
            }
            else
            {
                rowLines++;
            }
        }

        var enough = Math.Min(MinimumTabLines, Math.Max(3, nonBlank / 4));
        if (oneCellLines >= enough && oneCellLines > rowLines)
        {
            return TextFormat.DocxCells;
        }

        return rowLines >= enough ? TextFormat.TabSeparated : TextFormat.SpaceSeparated;
    }
}
