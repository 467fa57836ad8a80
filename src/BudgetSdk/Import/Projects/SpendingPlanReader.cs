using System.Text.RegularExpressions;
using BudgetSdk.Import.Tables;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Projects;

/// <summary>
/// Reads 资金支出计划: the header as printed and the cells under 3月底, 6月底, 10月底, 12月底, raw (a percentage, an
/// amount or a fraction, as documents differ). With cells, a value sits under its month label: in the next row at the
/// same index, or in the next cell of the same row (000 prints <c>12月底⇥100%</c> on a line of its own). A row of labels
/// with no values under it leaves those months blank.
/// </summary>
internal static partial class SpendingPlanReader
{
    private static readonly string[] Months = ["3月底", "6月底", "10月底", "12月底"];

    public static (string? Header, IReadOnlyList<string?> Cells) Read(List<SourceRow> rows, TextFormat format)
    {
        var cells = new string?[Months.Length];
        var header = format == TextFormat.SpaceSeparated ? SpacedHeader(rows) : PositionalHeader(rows);
        if (format == TextFormat.SpaceSeparated)
        {
            Spaced(rows, cells);
        }
        else
        {
            Positional(rows, cells);
        }

        return (header, cells);
    }

    private static string? PositionalHeader(List<SourceRow> rows)
        => rows.SelectMany(r => r.Cells ?? [r.Text]).FirstOrDefault(c => c.Contains("支出计", StringComparison.Ordinal)) is { } cell
            ? Names.Compact(cell)
            : null;

    // The header wraps (资金支出计 / 划（%）) and ends where the month labels start.
    private static string? SpacedHeader(List<SourceRow> rows)
    {
        var parts = rows.TakeWhile(r => MonthLabel().Matches(r.Text).Count == 0).Select(r => r.Text);
        var header = Names.Compact(string.Concat(parts));
        return header.Length > 0 ? header : null;
    }

    private static void Positional(List<SourceRow> rows, string?[] cells)
    {
        var pending = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            var values = row.Cells ?? [row.Text];
            var labels = new Dictionary<int, int>();
            for (var i = 0; i < values.Length; i++)
            {
                if (MonthOf(values[i]) is { } month)
                {
                    labels[i] = month;
                }
            }

            if (labels.Count == 0)
            {
                foreach (var (index, month) in pending)
                {
                    cells[month] ??= index < values.Length && values[index].Length > 0 ? values[index] : null;
                }

                pending.Clear();
                continue;
            }

            pending.Clear();
            foreach (var (index, month) in labels)
            {
                if (index + 1 < values.Length && values[index + 1].Length > 0 && MonthOf(values[index + 1]) is null && IsValue(values[index + 1]))
                {
                    cells[month] = values[index + 1];
                }
                else
                {
                    pending[index] = month;
                }
            }
        }
    }

    // Labels on one line, values on the next in the same order. With empty cells dropped, fewer values than labels
    // are taken to be the last months: a plan ends at 12月底, and blanks are the early months (000's 律师顾问费).
    private static void Spaced(List<SourceRow> rows, string?[] cells)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var months = MonthLabel().Matches(rows[r].Text).Select(m => MonthOf(m.Value)).OfType<int>().ToList();
            if (months.Count == 0 || r + 1 >= rows.Count)
            {
                continue;
            }

            var values = SpaceRows.Tokenize(rows[r + 1].Text).Where(IsValue).ToList();
            var skip = Math.Max(months.Count - values.Count, 0);
            for (var i = skip; i < months.Count && i - skip < values.Count; i++)
            {
                cells[months[i]] = values[i - skip];
            }

            return;
        }
    }

    private static int? MonthOf(string text)
    {
        var index = Array.IndexOf(Months, Names.Compact(text));
        return index >= 0 ? index : null;
    }

    private static bool IsValue(string text) => PlanValue().IsMatch(text.Trim());

    [GeneratedRegex(@"[0-9]{1,2}\s*月底")]
    private static partial Regex MonthLabel();

    [GeneratedRegex(@"^[0-9.,/]+\s*[%％]?$")]
    private static partial Regex PlanValue();
}
