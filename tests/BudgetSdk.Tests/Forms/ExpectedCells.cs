using System.Globalization;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Tests.Forms;

/// <summary>
/// The expected-cell lists (Expected/&lt;document-id&gt;.cells.txt, written by reading the PDFs): their parser, the same
/// lines rendered from a read <see cref="FormDocument"/>, and a comparer that reports every line that differs.
/// </summary>
public static class ExpectedCells
{
    /// <summary>One fact line of a list: its key (where it belongs), its text normalised, its 1-based line in the list.</summary>
    public sealed record Fact(string Key, string Text, int Line);

    /// <summary>The facts of a list; comment lines (#) and blank lines are skipped, <c>side</c> lines set the context.</summary>
    public static IReadOnlyList<Fact> Parse(IEnumerable<string> lines)
    {
        var facts = new List<Fact>();
        var keys = new KeyCounter();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (keys.Key(parts) is { } key)
            {
                facts.Add(new Fact(key, string.Join(" | ", parts), number));
            }
        }

        return facts;
    }

    /// <summary>The lines a document's reading gives, in the list's format.</summary>
    public static IReadOnlyList<string> Render(FormDocument document)
    {
        var lines = new List<string>();
        var h = document.Header;
        lines.Add($"header | department={h.Department} | year={h.Year} | region={h.RegionCode} | kind={h.Kind}");
        foreach (var table in document.Tables)
        {
            lines.Add($"table | {table.TableId} | unit={(table.Unit == BudgetSdk.Amounts.MoneyUnit.Yuan ? "元" : "万元")}");
            foreach (var side in table.Sides)
            {
                if (table.Sides.Count > 1)
                {
                    lines.Add($"side | {side.SideId}");
                }

                foreach (var row in side.Rows)
                {
                    var label = row.Kind == PrintedRowKind.Single ? "-" : row.Label;
                    lines.Add(string.Join(" | ", new[] { row.Id, label }.Concat(row.Cells.Select(Amount))));
                }
            }

            // A note of several paragraphs (numbered items, or 此表为空 and a 注) is one line each.
            foreach (var paragraph in table.Note?.Text.Split('\n') ?? [])
            {
                lines.Add($"note | {paragraph}");
            }
        }

        foreach (var q in document.Quotes)
        {
            lines.Add($"quote | {q.PatternId} | {q.Cell?.ToString() ?? "-"} | {q.Amount.ToString("F" + q.Decimals, CultureInfo.InvariantCulture)}");
        }

        foreach (var c in document.Changes)
        {
            var direction = c.Direction.ToString().ToLowerInvariant();
            lines.Add($"change | {c.PatternId} | {c.Cell?.ToString() ?? "-"} | {Amount(c.Amount)} | {direction} | {Amount(c.Delta)} | {c.ComparedYear?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        }

        return lines;
    }

    /// <summary>Every difference between a list and a reading, one line each: the list's line, expected and read.</summary>
    public static IReadOnlyList<string> Compare(IReadOnlyList<Fact> expected, IReadOnlyList<string> read)
    {
        var actual = Parse(read).ToDictionary(f => f.Key, f => f.Text);
        var differences = new List<string>();
        foreach (var fact in expected)
        {
            if (!actual.TryGetValue(fact.Key, out var text))
            {
                differences.Add($"line {fact.Line}: expected `{fact.Text}`, read nothing");
            }
            else if (text != fact.Text)
            {
                differences.Add($"line {fact.Line}: expected `{fact.Text}`, read `{text}`");
            }
        }

        // A list of the tables alone (its narrative is listed by the narrative's own tests) does not check what the
        // narrative quotes; a list with quote or change lines checks all of them.
        var listed = expected.Select(f => f.Key).ToHashSet();
        var listsNarrative = expected.Any(f => f.Key.StartsWith("quote", StringComparison.Ordinal) || f.Key.StartsWith("change", StringComparison.Ordinal));
        differences.AddRange(Parse(read)
            .Where(f => !listed.Contains(f.Key) && (listsNarrative || !(f.Key.StartsWith("quote", StringComparison.Ordinal) || f.Key.StartsWith("change", StringComparison.Ordinal))))
            .Select(f => $"not in the list: read `{f.Text}`"));
        return differences;
    }

    private static string Amount(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    // Keys a fact by where it stands: the table and side it is under, its row id and how many times that id came before.
    private sealed class KeyCounter
    {
        private readonly Dictionary<string, int> _seen = new();
        private string _table = "-";
        private string _side = "main";

        public string? Key(string[] parts)
        {
            switch (parts[0])
            {
                case "header":
                    return "header";
                case "table":
                    _table = parts.Length > 1 ? parts[1] : "?";
                    _side = "main";
                    return "table|" + _table;
                case "side":
                    _side = parts.Length > 1 ? parts[1] : "?";
                    return null;
                case "note":
                    return Next("note|" + _table);
                case "quote" or "change":
                    return Next(parts[0]);
                default:
                    return Next($"row|{_table}|{_side}|{parts[0]}");
            }
        }

        private string Next(string key)
        {
            var n = _seen.GetValueOrDefault(key);
            _seen[key] = n + 1;
            return key + "#" + n;
        }
    }
}
