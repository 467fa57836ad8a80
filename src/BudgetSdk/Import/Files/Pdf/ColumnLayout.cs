using System.Text.RegularExpressions;

namespace BudgetSdk.Import.Files.Pdf;

/// <summary>
/// Writes a page's lines as the importer's tab-separated text. Consecutive lines crossed by vertical rules are a ruled
/// table: its columns lie between the rules, and each cell goes to the column holding its centre (a cell spanning
/// columns, to the first of its span), so a blank cell is an empty field between tabs. Without rules, consecutive lines
/// of two or more cells are a table whose densest line defines the columns. A line of one cell outside a table is prose;
/// a paragraph wrapped at the right margin, or before a word too wide for the room left, is joined back into one line.
/// </summary>
internal static partial class ColumnLayout
{
    public static IEnumerable<string> Place(IReadOnlyList<PageLine> lines, IReadOnlyList<Rule> rules, IReadOnlyList<Border> borders)
    {
        var margin = lines.Count == 0 ? 0 : lines.Max(l => l.Right);
        string? paragraph = null;
        for (var i = 0; i < lines.Count;)
        {
            var edges = Edges(lines[i], rules);
            var end = i + 1;
            if (edges.Count >= 3)
            {
                while (end < lines.Count && Edges(lines[end], rules) is { Count: >= 3 } more)
                {
                    edges.UnionWith(more);
                    end++;
                }
            }
            else if (lines[i].Cells.Count >= 2)
            {
                while (end < lines.Count && lines[end].Cells.Count >= 2 && Edges(lines[end], rules).Count < 3)
                {
                    end++;
                }
            }
            else
            {
                var text = lines[i].Cells[0].Text;
                paragraph = paragraph is null ? text : paragraph + text;
                if (i + 1 == lines.Count || lines[i + 1].Cells.Count > 1 || !Continues(lines[i], lines[i + 1], margin))
                {
                    yield return paragraph;
                    paragraph = null;
                }

                i++;
                continue;
            }

            if (paragraph is not null)
            {
                yield return paragraph;
                paragraph = null;
            }

            var block = lines.Skip(i).Take(end - i).ToList();
            if (edges.Count >= 3)
            {
                foreach (var row in RuledRows(block, edges.ToArray(), rules, borders))
                {
                    yield return string.Join('\t', row.Select(f => f ?? string.Empty));
                }
            }
            else
            {
                var bounds = Densest(block);
                foreach (var line in block)
                {
                    yield return string.Join('\t', Fields(line, bounds).Select(f => f ?? string.Empty));
                }
            }

            i = end;
        }

        if (paragraph is not null)
        {
            yield return paragraph;
        }
    }

    // A prose line continues on the next when it reaches the right margin, or when what the next line starts with did
    // not fit in the room left: a browser breaks before a number or Latin word (777.37万元) rather than inside it, and
    // moves a character down with the closing punctuation that may not begin a line (元，). A new paragraph's first
    // line is indented, so an indented next line never continues.
    private static bool Continues(PageLine line, PageLine next, double margin)
    {
        var room = margin - line.Right;
        if (room < line.Size * 1.5)
        {
            return true;
        }

        var text = next.Cells[0].Text;
        var ascii = 0;
        while (ascii < text.Length && (char.IsAsciiLetterOrDigit(text[ascii]) || text[ascii] is '.' or ',' or '%' or '-'))
        {
            ascii++;
        }

        // An ASCII letter or digit is about half an em wide, a CJK character or full-width mark one em.
        var unit = ascii > 0 ? ascii * line.Size * 0.6 : line.Size;
        for (var k = Math.Max(ascii, 1); k < text.Length && "，。、；：）」》！？”’".Contains(text[k], StringComparison.Ordinal); k++)
        {
            unit += line.Size;
        }

        return next.Left <= line.Left + (line.Size / 2) && room < unit + (line.Size / 2);
    }

    // The x of the rules crossing the line, rules closer than two points (a double border) counted once.
    private static SortedSet<double> Edges(PageLine line, IReadOnlyList<Rule> rules)
    {
        var edges = new SortedSet<double>();
        foreach (var rule in rules)
        {
            if (rule.Crosses(line.Middle))
            {
                edges.Add(Math.Round(rule.X / 2) * 2);
            }
        }

        return edges;
    }

    // A ruled table's rows: the printed lines between two horizontal rules are one row, a cell wrapped over them
    // joined; a line's cell in a column that no rule above it closes continues that column's cell, which starts in the
    // row where a rule last closed the column (a cell spanning rows: 序号 beside a two-line header, 预算规模及资金用途
    // beside two rows, a 一级指标 beside its 二级指标, its name printed in the middle of the span).
    private static List<string?[]> RuledRows(List<PageLine> block, double[] edges, IReadOnlyList<Rule> rules, IReadOnlyList<Border> borders)
    {
        var bounds = edges[1..^1];
        var centres = edges.Zip(edges.Skip(1), (a, b) => (a + b) / 2).ToArray();
        var rows = new List<string?[]>();
        var starts = new int[centres.Length];
        PageLine? previous = null;
        foreach (var line in block)
        {
            var fields = Fields(line, bounds, Edges(line, rules).ToArray());
            if (previous is null)
            {
                rows.Add(fields);
                previous = line;
                continue;
            }

            var above = previous.Middle;
            var closed = centres.Select(x => borders.Any(b => b.Y < above && b.Y > line.Middle && b.Covers(x))).ToArray();
            for (var k = 0; k < fields.Length; k++)
            {
                if (!closed[k] && fields[k] is not null)
                {
                    rows[starts[k]][k] = Join(rows[starts[k]][k], fields[k]);
                    fields[k] = null;
                }
            }

            if (closed.Any(c => c))
            {
                rows.Add(fields);
                for (var k = 0; k < fields.Length; k++)
                {
                    starts[k] = closed[k] ? rows.Count - 1 : starts[k];
                }
            }

            previous = line;
        }

        return rows;
    }

    // A cell's lines join without a space (Chinese wraps anywhere), except before a numbered entry (1.… / 2.…, each
    // 绩效目标 on a line of its own), which keeps a space before its number so the entries stay apart.
    private static string? Join(string? first, string? next)
        => first is null ? next : next is null ? first : EntryNumber().IsMatch(next) ? first + " " + next : first + next;

    [GeneratedRegex(@"^[0-9]{1,2}[.．、](?![0-9])")]
    private static partial Regex EntryNumber();

    // Without rules, the x between two neighbouring cells of the block's densest line (the first of the densest: the
    // header's last line or a full data row).
    private static double[] Densest(List<PageLine> block)
    {
        var densest = block.MaxBy(l => l.Cells.Count)!.Cells;
        var bounds = new double[densest.Count - 1];
        for (var k = 0; k < bounds.Length; k++)
        {
            bounds[k] = (densest[k].Right + densest[k + 1].Left) / 2;
        }

        return bounds;
    }

    // Each cell goes to the column holding its centre; in a ruled table, a cell spanning columns (its line crossed by no
    // rule between them: 资金用途's text under 预算数 … 其他资金) goes to the first column of its span, as the grid of a
    // Word table holds it, so each of its wrapped lines lands in the same column whatever its length.
    private static string?[] Fields(PageLine line, double[] bounds, double[]? ownEdges = null)
    {
        var fields = new string?[bounds.Length + 1];
        foreach (var cell in line.Cells)
        {
            var spanLeft = ownEdges?.LastOrDefault(e => e < cell.Centre, double.NaN) ?? double.NaN;
            var at = double.IsNaN(spanLeft) ? cell.Centre : spanLeft + 1;
            var column = Array.FindIndex(bounds, b => at < b);
            column = column < 0 ? bounds.Length : column;
            // Two runs in one column are one cell with a wide space inside (项 目).
            fields[column] = fields[column] is null ? cell.Text : fields[column] + " " + cell.Text;
        }

        return fields;
    }
}
