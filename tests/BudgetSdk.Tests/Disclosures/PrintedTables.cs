using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetSdk.Tests.Disclosures;

/// <summary>A data row as printed: its cells after 序号, as text (a blank cell is empty).</summary>
/// <param name="Number">序号.</param>
/// <param name="Cells">The cells after 序号.</param>
/// <param name="Line">The 1-based line in the seed, for messages.</param>
public sealed record PrintedRow(int Number, IReadOnlyList<string> Cells, int Line);

/// <summary>
/// Reads the data rows of the nine tables from a seed in the tab-separated format (000) or the DOCX one-cell-per-line
/// format (002): enough for tests to compare derived tables with published ones cell by cell. Page headers and
/// repeated column headers are skipped because only rows that start with a 序号 are data.
/// </summary>
public static partial class PrintedTables
{
    /// <summary>Reads the rows of each table title found, keyed by the title as printed.</summary>
    public static Dictionary<string, List<PrintedRow>> Read(string seedId, IReadOnlyCollection<string> titles)
        => ReadLines(Seeds.ReadLines(seedId), titles);

    /// <summary>Reads the rows of each table title found in the lines of a document in either format.</summary>
    public static Dictionary<string, List<PrintedRow>> ReadLines(string[] lines, IReadOnlyCollection<string> titles)
    {
        var tables = new Dictionary<string, List<PrintedRow>>(StringComparer.Ordinal);
        List<PrintedRow>? current = null;
        foreach (var (cells, line, isTitle) in Rows(lines))
        {
            if (isTitle)
            {
                var title = Bookmark().Replace(cells[0], string.Empty).Trim();
                if (titles.Contains(title))
                {
                    current = tables[title] = new List<PrintedRow>();
                    continue;
                }

                if (title.Contains("情况说明", StringComparison.Ordinal) && tables.Count > 0)
                {
                    current = null;
                }

                continue;
            }

            if (current is not null && int.TryParse(cells[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                current.Add(new PrintedRow(number, cells.Skip(1).Select(c => c.Trim()).ToArray(), line));
            }
        }

        return tables;
    }

    /// <summary>A printed amount: blank is zero.</summary>
    public static decimal Amount(string cell) => cell.Length == 0 ? 0m : decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>
    /// The rows of either format as cell lists. Tab format: one row per line. DOCX format: each cell is a line
    /// starting with a tab; a line without one (a title, a note) ends the row.
    /// </summary>
    private static IEnumerable<(string[] Cells, int Line, bool IsTitle)> Rows(string[] lines)
    {
        var docx = lines.Count(l => l.StartsWith('\t')) > lines.Length / 4;
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (docx && line.StartsWith('\t'))
            {
                if (cells.Count == 0)
                {
                    start = i + 1;
                }

                cells.Add(line[1..]);
                continue;
            }

            if (cells.Count > 0)
            {
                yield return (cells.ToArray(), start, false);
                cells.Clear();
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            yield return docx || parts.Length == 1 ? (new[] { line.Trim() }, i + 1, true) : (parts, i + 1, false);
        }

        if (cells.Count > 0)
        {
            yield return (cells.ToArray(), start, false);
        }
    }

    [GeneratedRegex(@"^\s*\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();
}
