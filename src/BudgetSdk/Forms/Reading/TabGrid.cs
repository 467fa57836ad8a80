using System.Text;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// Lays tab-separated text (a spreadsheet's or a word processor's table copied as text: one row a line, cells apart by tabs)
/// out as <c>pdftotext -layout</c> would: cell k of every line starts at the same column, k cell widths from the line start,
/// so an empty cell (two tabs) keeps the cells after it under their headers, and the column places the headers give are the
/// cells' places. Lines without a tab are left as they are. Text that prints one cell a line (a word processor's table:
/// each cell after a tab, a row's cells on consecutive lines, rows apart by blank lines) has each row's cells joined
/// first, onto the row's first line (the others left blank, so lines keep their numbers).
/// </summary>
internal static class TabGrid
{
    // A cell is this much wider than the longest cell found, up to the cap (a label wider than that pushes only its own
    // line's later cells along).
    private const int Gap = 4;
    private const int MaxWidth = 40;

    /// <summary>The lines with each tab-separated line's cells placed on one grid.</summary>
    public static string[] Lay(string[] lines)
    {
        // Tab-separated text comes from a converter (DOCX, XLSX to text), whose markers (a bookmark before a title) no
        // reader of the document sees.
        lines = CellsJoined(lines.Select(l => LineCleaner.Clean(l.TrimEnd('\r'))).ToArray());

        // The width comes from the cells a tab follows (a line's last cell may be a sentence).
        var width = Math.Min(MaxWidth, lines.Where(l => l.Contains('\t', StringComparison.Ordinal))
            .SelectMany(l => l.Split('\t')[..^1]).Select(c => c.Trim().Length).DefaultIfEmpty(0).Max()) + Gap;
        var cells = lines.Select(l => l.Contains('\t', StringComparison.Ordinal) ? l.Split('\t') : null).ToArray();
        Spread(lines, cells);
        return lines.Select((l, i) => cells[i] is { } row ? Place(row, l, width) : l).ToArray();
    }

    // A header line that prints each merged cell once (a word processor drops the cells a merge covers: 序号 功能分类科目 合计
    // 本年收入 上年结转 over 13 cells) is spread over the line under it: a label stands over each empty cell there (merged
    // downwards) or over a run of its labels (a group: 功能分类科目 over 科目编码 科目名称). Only when that accounts for every
    // label exactly; other lines keep their cells' places.
    private static void Spread(string[] lines, string[]?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not { } line || Array.Exists(line, c => c.Trim().Length == 0 || c.Any(char.IsAsciiDigit)))
            {
                continue;
            }

            var next = i + 1;
            while (next < cells.Length && string.IsNullOrWhiteSpace(lines[next]))
            {
                next++;
            }

            if (next >= cells.Length || cells[next] is not { } under || under.Length <= line.Length)
            {
                continue;
            }

            var slots = Slots(under);
            if (slots.Count != line.Length)
            {
                continue;
            }

            var spread = new string[under.Length];
            Array.Fill(spread, string.Empty);
            for (var k = 0; k < line.Length; k++)
            {
                spread[slots[k]] = line[k];
            }

            cells[i] = spread;
        }
    }

    // Where the labels above a line stand: at each empty cell, and at the first of each run of printed cells.
    private static List<int> Slots(string[] under)
    {
        var slots = new List<int>();
        for (var k = 0; k < under.Length; k++)
        {
            if (under[k].Trim().Length == 0 || k == 0 || under[k - 1].Trim().Length == 0)
            {
                slots.Add(k);
            }
        }

        return slots;
    }

    private static string Place(string[] cells, string line, int width)
    {
        // A form feed (a page break) stays at the line start.
        var text = new StringBuilder(new string('\f', line.Count(c => c == '\f')));
        var start = text.Length;
        for (var k = 0; k < cells.Length; k++)
        {
            var cell = cells[k].Trim();
            if (cell.Length == 0)
            {
                continue;
            }

            // Two spaces at least between cells, so a cell is never read as part of the one before it.
            var at = Math.Max(k * width, text.Length == start ? 0 : text.Length - start + 2);
            text.Append(' ', at - (text.Length - start)).Append(cell);
        }

        return text.ToString();
    }

    // Joins each row of one-cell lines (\t cell) into one tab-separated line, when most tabbed lines are such lines.
    private static string[] CellsJoined(string[] lines)
    {
        var tabbed = lines.Count(l => l.Contains('\t', StringComparison.Ordinal));
        if (lines.Count(IsCellLine) * 2 <= tabbed)
        {
            return lines;
        }

        var joined = (string[])lines.Clone();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsCellLine(lines[i]))
            {
                continue;
            }

            var first = i;
            var cells = new List<string>();
            for (; i < lines.Length && IsCellLine(lines[i]); i++)
            {
                cells.Add(lines[i][1..]);
                joined[i] = string.Empty;
            }

            joined[first] = string.Join('\t', cells);
            i--;
        }

        return joined;
    }

    // One cell after a tab, the line's only tab.
    private static bool IsCellLine(string line)
        => line.Length > 0 && line[0] == '\t' && line.IndexOf('\t', 1) < 0;
}
