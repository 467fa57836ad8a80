using System.Text;
using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Projects;

/// <summary>
/// Reads 绩效目标: the text after the label, split into its numbered entries (1. … 2. …) with the numbers stripped. A
/// number only splits where it is the next one expected, so 1.12 月底 or 2024 inside an entry stays text. A
/// 中长期目标 row, where a document prints one, is kept apart from the 年度目标 entries.
/// </summary>
internal static partial class GoalReader
{
    public static (IReadOnlyList<string> Goals, string? LongTerm) Read(List<SourceRow> rows, TextFormat format)
    {
        var annual = new StringBuilder();
        string? longTerm = null;
        foreach (var row in rows)
        {
            var (label, text) = Split(row);
            if (label.StartsWith("中长期目标", StringComparison.Ordinal))
            {
                longTerm = text.Length > 0 ? text : longTerm;
            }
            else if (text.Length > 0)
            {
                // Space-separated text wraps an entry over lines, which join without a space (Chinese has none); but an
                // entry starts a line of its own, so a line that opens with a number keeps its break.
                var joiner = format != TextFormat.SpaceSeparated || LineNumber().IsMatch(text) ? "\n" : string.Empty;
                annual.Append(annual.Length > 0 ? joiner : string.Empty).Append(text);
            }
        }

        return (Entries(annual.ToString()), longTerm);
    }

    /// <summary>The entries of a numbered text, numbers stripped; the whole text when it is not numbered.</summary>
    public static IReadOnlyList<string> Entries(string text)
    {
        var entries = new List<string>();
        var expected = 1;
        var start = 0;
        foreach (Match match in Number().Matches(text))
        {
            if (int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) != expected)
            {
                continue;
            }

            Add(entries, text[start..match.Index]);
            start = match.Index + match.Length;
            expected++;
        }

        Add(entries, text[start..]);
        return entries;
    }

    private static (string Label, string Text) Split(SourceRow row)
    {
        if (row.Cells is { } cells)
        {
            var first = Array.FindIndex(cells, c => c.Length > 0);
            var label = first >= 0 ? Names.Compact(cells[first]) : string.Empty;
            var isLabel = label.StartsWith("绩效目标", StringComparison.Ordinal) || label.StartsWith("年度目标", StringComparison.Ordinal) || label.StartsWith("中长期目标", StringComparison.Ordinal);
            var rest = cells.Skip(isLabel ? first + 1 : 0).Where(c => c.Length > 0);
            return (isLabel ? label : string.Empty, string.Join("\n", rest).Trim());
        }

        var match = Label().Match(row.Text);
        return match.Success ? (match.Groups["label"].Value, row.Text[match.Length..].Trim()) : (string.Empty, row.Text.Trim());
    }

    private static void Add(List<string> entries, string text)
    {
        var trimmed = text.Trim().TrimEnd('；', ';').Trim();
        if (trimmed.Length > 0)
        {
            entries.Add(trimmed);
        }
    }

    [GeneratedRegex(@"(?<=^|[\s。；;])(?<n>[0-9]{1,2})\s*[.．、](?![0-9])|(?<=^|[\s。；;])(?<n>[0-9]{1,2})\s*[.．、](?=[0-9]{4})")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[0-9]{1,2}\s*[.．、](?![0-9])")]
    private static partial Regex LineNumber();

    [GeneratedRegex(@"^(?<label>绩效目标|年度目标|中长期目标)\s*[：:]?")]
    private static partial Regex Label();
}
