namespace BudgetSdk.Import.Text;

/// <summary>
/// Normalises the lines of each format into <see cref="SourceRow"/>s, blank lines dropped: tab text gives a row per
/// tabbed line; DOCX text gives a row per block of one-cell lines (a line without the leading tab continues the cell
/// above it: DOCX keeps paragraph breaks inside a cell); space text gives a line per row.
/// </summary>
internal static class RowReader
{
    public static List<SourceRow> Read(IReadOnlyList<string> lines, TextFormat format) => format switch
    {
        TextFormat.TabSeparated => Tabbed(lines),
        TextFormat.DocxCells => Docx(lines),
        _ => Plain(lines),
    };

    private static List<SourceRow> Tabbed(IReadOnlyList<string> lines)
    {
        var rows = new List<SourceRow>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = LineCleaner.Clean(lines[i]);
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                var row = SourceRow.FromCells(i + 1, line.Split('\t'));
                if (row.Text.Length > 0)
                {
                    rows.Add(row);
                }
            }
            else
            {
                AddText(rows, i + 1, line);
            }
        }

        return rows;
    }

    private static List<SourceRow> Docx(IReadOnlyList<string> lines)
    {
        var rows = new List<SourceRow>(lines.Count / 4);
        var cells = new List<string>();

        // The paragraphs that continue the last cell, joined when the cell ends: appended one by one to the cell's
        // string, a cell of many paragraphs would be copied once per paragraph.
        var continued = new System.Text.StringBuilder();
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = LineCleaner.Clean(lines[i]);
            if (line.StartsWith('\t'))
            {
                EndCell(cells, continued);
                if (cells.Count == 0)
                {
                    start = i + 1;
                }

                cells.Add(line[1..]);
            }
            else if (line.Trim().Length == 0)
            {
                EndCell(cells, continued);
                Flush(rows, cells, start);
            }
            else if (cells.Count > 0)
            {
                continued.Append('\n').Append(line.Trim());
            }
            else
            {
                AddText(rows, i + 1, line);
            }
        }

        EndCell(cells, continued);
        Flush(rows, cells, start);
        return rows;
    }

    private static void EndCell(List<string> cells, System.Text.StringBuilder continued)
    {
        if (continued.Length > 0)
        {
            cells[^1] += continued.ToString();
            continued.Clear();
        }
    }

    private static List<SourceRow> Plain(IReadOnlyList<string> lines)
    {
        var rows = new List<SourceRow>(lines.Count / 2);
        for (var i = 0; i < lines.Count; i++)
        {
            AddText(rows, i + 1, LineCleaner.Clean(lines[i]).Replace('\t', ' '));
        }

        return rows;
    }

    private static void AddText(List<SourceRow> rows, int line, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            rows.Add(new SourceRow(line, trimmed, null));
        }
    }

    private static void Flush(List<SourceRow> rows, List<string> cells, int start)
    {
        if (cells.Count == 0)
        {
            return;
        }

        var row = SourceRow.FromCells(start, cells);
        if (row.Text.Length > 0)
        {
            rows.Add(row);
        }

        cells.Clear();
    }
}
