namespace BudgetSdk.Import.Files.Pdf;

/// <summary>
/// Writes a page's lines as the importer's tab-separated text. Consecutive lines crossed by vertical rules are a ruled
/// table: its columns lie between the rules, and each cell goes to the column holding its centre, so a blank cell is
/// an empty field between tabs. Without rules, consecutive lines of two or more cells are a table whose densest line
/// defines the columns. A line of one cell outside a table is prose; a paragraph wrapped at the right margin is joined
/// back into one line.
/// </summary>
internal static class ColumnLayout
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
                // Prose: a line that reaches the right margin continues on the next one.
                var text = lines[i].Cells[0].Text;
                paragraph = paragraph is null ? text : paragraph + text;
                if (lines[i].Right < margin - lines[i].Size * 1.5 || i + 1 == lines.Count || lines[i + 1].Cells.Count > 1)
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
                foreach (var row in RuledRows(block, edges.ToArray(), borders))
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
    // joined; a line's cell in a column that no rule above it closes continues the cell above (a cell spanning rows,
    // 序号 beside a two-line header, 预算规模及资金用途 beside two rows).
    private static List<string?[]> RuledRows(List<PageLine> block, double[] edges, IReadOnlyList<Border> borders)
    {
        var bounds = edges[1..^1];
        var centres = edges.Zip(edges.Skip(1), (a, b) => (a + b) / 2).ToArray();
        var rows = new List<string?[]>();
        PageLine? previous = null;
        foreach (var line in block)
        {
            var fields = Fields(line, bounds);
            if (previous is null)
            {
                rows.Add(fields);
                previous = line;
                continue;
            }

            var above = previous.Middle;
            var closed = centres.Select(x => borders.Any(b => b.Y < above && b.Y > line.Middle && b.Covers(x))).ToArray();
            var last = rows[^1];
            if (!closed.Any(c => c))
            {
                for (var k = 0; k < fields.Length; k++)
                {
                    last[k] = Join(last[k], fields[k]);
                }
            }
            else
            {
                for (var k = 0; k < fields.Length; k++)
                {
                    if (!closed[k] && fields[k] is not null)
                    {
                        last[k] = Join(last[k], fields[k]);
                        fields[k] = null;
                    }
                }

                rows.Add(fields);
            }

            previous = line;
        }

        return rows;
    }

    private static string? Join(string? first, string? next) => first is null ? next : next is null ? first : first + next;

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

    private static string?[] Fields(PageLine line, double[] bounds)
    {
        var fields = new string?[bounds.Length + 1];
        foreach (var cell in line.Cells)
        {
            var column = Array.FindIndex(bounds, b => cell.Centre < b);
            column = column < 0 ? bounds.Length : column;
            // Two runs in one column are one cell with a wide space inside (项 目).
            fields[column] = fields[column] is null ? cell.Text : fields[column] + " " + cell.Text;
        }

        return fields;
    }
}
