using System.Text.RegularExpressions;
using BudgetSdk.Codes;
using BudgetSdk.Performance.Values;
using BudgetSdk.Import.Tables;
using BudgetSdk.Import.Text;
using BudgetSdk.Text;

namespace BudgetSdk.Import.Projects;

/// <summary>
/// Reads an indicator grid from space-separated text, where cells are not marked and long cells wrap over lines.
/// A row starts at a line that begins with a 二级 tier name of the Hebei 2024 framework (after an optional 一级 name);
/// a line holding only a 一级 name sets the tier for the rows below. Within a row:
/// <list type="bullet">
/// <item>the 指标值 is the first word shaped like one: an operator with a number (≥98), a number with a unit
/// (9 人, 30.6 万元, 100 百分比) or a yes/no form (是否及时); the text before it is 三级 and 描述, the text after it
/// (on its line and the lines below, joined: 劳务派遣合 / 同) is the 依据;</item>
/// <item>a value in words (完成评估情况) has no shape, so when none is found the 依据 the project's rows share is
/// stripped from the end and the line before it is the value;</item>
/// <item>三级 and 描述 are often the same text, so a pair of equal halves splits them; over several lines the 描述
/// starts where a line repeats the start of the 三级 (the 三级 column is narrower and wraps first).</item>
/// </list>
/// </summary>
internal static partial class SpacedIndicatorReader
{
    private static readonly string[] Units =
    [
        "百分比", "%", "人", "人次", "次", "条", "个", "万元", "元", "年", "月", "天", "日", "套", "台", "部", "路", "块", "种", "只", "份", "项",
        "家", "户", "辆", "件", "批次", "批", "平方米", "米", "公里", "吨", "小时", "分钟", "毫米", "本", "场", "期", "所", "张", "篇", "分",
    ];

    // How much the lines of one wrapped cell may differ in display width: a wide character that did not fit.
    private const int WrapSlack = 2;

    public static IReadOnlyList<PrintedIndicator> Read(List<SourceRow> rows)
    {
        var framework = IndicatorFrameworks.Hebei2024;
        var firstTiers = framework.FirstTiers.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var secondTiers = framework.SecondTiers.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var grid = new List<PendingRow>();
        var first = string.Empty;
        foreach (var row in rows)
        {
            var tokens = SpaceRows.Tokenize(row.Text);
            if (tokens.Count > 0 && firstTiers.Contains(tokens[0]))
            {
                first = tokens[0];
                tokens.RemoveAt(0);
                if (tokens.Count == 0)
                {
                    continue;
                }
            }

            if (tokens.Count > 0 && secondTiers.Contains(tokens[0]))
            {
                grid.Add(new PendingRow(first, tokens[0], row.Line, tokens.Count > 1, [tokens.Skip(1).ToList()]));
                continue;
            }

            if (grid.Count > 0)
            {
                grid[^1].Lines.Add(tokens);
            }
        }

        var basis = SharedBasis(grid);
        var indicators = new List<PrintedIndicator>();
        foreach (var row in grid)
        {
            var lines = row.Lines.Where(l => l.Count > 0).ToList();
            var (text, value, rowBasis) = SplitValue(lines, basis);
            basis = rowBasis.Length > 0 ? rowBasis : basis;
            var (name, description) = SplitText(text, row.AnchorText);
            indicators.Add(new PrintedIndicator(row.First, row.Second, name, description, value, rowBasis, row.Line));
        }

        return indicators;
    }

    // The 依据 most rows with a value of a known shape end with: a project's rows usually share one, and it is what
    // marks the end of a value in words, even on the first row.
    private static string? SharedBasis(List<PendingRow> grid)
        => grid.Select(r => SplitValue(r.Lines.Where(l => l.Count > 0).ToList(), null).Basis)
            .Where(b => b.Length > 0)
            .GroupBy(Names.Key)
            .OrderByDescending(g => g.Count())
            .Select(g => g.First())
            .FirstOrDefault();

    private static (List<List<string>> Text, string Value, string Basis) SplitValue(List<List<string>> lines, string? knownBasis)
    {
        var seenText = false;
        for (var l = 0; l < lines.Count; l++)
        {
            for (var t = 0; t < lines[l].Count; t++)
            {
                if (seenText && ValueLength(lines[l], t) is > 0 and var length)
                {
                    var text = lines.Take(l).Append(lines[l].Take(t).ToList()).Where(x => x.Count > 0).ToList();
                    var after = new[] { Join(lines[l].Skip(t + length)) }.Concat(lines.Skip(l + 1).Select(Join));
                    return (text, Join(lines[l].Skip(t).Take(length)), string.Concat(after));
                }

                seenText = true;
            }
        }

        // A value in words has no shape: the 依据 the rows share is stripped from the end, word by word (it may wrap
        // anywhere), and the word before it is the value, on the line of the text or on a line of its own.
        if (knownBasis is not null)
        {
            var words = lines.SelectMany((line, l) => line.Select((word, w) => (Line: l, Word: w))).ToList();
            var key = Names.Key(knownBasis);
            var suffix = string.Empty;
            for (var k = words.Count - 1; k >= 1; k--)
            {
                suffix = lines[words[k].Line][words[k].Word] + suffix;
                if (Names.Key(suffix) == key)
                {
                    var (valueLine, valueWord) = words[k - 1];
                    var text = lines.Take(valueLine).Append(lines[valueLine].Take(valueWord).ToList()).Where(x => x.Count > 0).ToList();
                    return (text, lines[valueLine][valueWord], knownBasis);
                }

                if (Names.Key(suffix).Length > key.Length)
                {
                    break;
                }
            }
        }

        return (lines, string.Empty, string.Empty);
    }

    // How many words from t make a value: an operator and number (with a unit, or a 是否 form, after it), a number
    // and its unit, or a yes/no form; 0 when the word starts no value.
    private static int ValueLength(List<string> words, int t)
    {
        var word = words[t];
        var next = t + 1 < words.Count ? words[t + 1] : null;
        if (Compared().IsMatch(word))
        {
            return next is not null && (IsUnit(next) || next.StartsWith("是否", StringComparison.Ordinal)) ? 2 : 1;
        }

        if (Bare().IsMatch(word))
        {
            return next is not null && IsUnit(next) ? 2 : word.EndsWith('%') && next is null ? 1 : 0;
        }

        return YesNo().IsMatch(word) ? 1 : 0;
    }

    private static (string Name, string Description) SplitText(List<List<string>> text, bool anchorText)
    {
        if (text.Count == 0)
        {
            return (string.Empty, string.Empty);
        }

        if (text.Count == 1 || (anchorText && text[0].Count > 1))
        {
            var words = text[0];
            for (var k = 1; k < words.Count; k++)
            {
                var left = Join(words.Take(k));
                if (text.Count == 1 && Names.Key(left) == Names.Key(Join(words.Skip(k))))
                {
                    return (left, Join(words.Skip(k)));
                }
            }

            return (words[0], Join(words.Skip(1)) + string.Concat(text.Skip(1).Select(Join)));
        }

        if (anchorText)
        {
            return (Join(text[0]), string.Concat(text.Skip(1).Select(Join)));
        }

        // A wrapped cell fills every line but its last, so the 三级 can only end where both it and the 描述 after it
        // read as wrapped cells; of those places, one where the 描述 repeats the 三级 (they are often the same text) wins,
        // else the first. A line of the 描述 may start like the 三级 by chance, so the repeat alone does not decide.
        var start = Names.Key(Join(text[0]));
        var ends = Enumerable.Range(1, text.Count - 1).Where(j => IsWrappedCell(text.Take(j)) && IsWrappedCell(text.Skip(j))).ToList();
        var repeated = Enumerable.Range(1, text.Count - 1).Where(j => Names.Key(Join(text[j])).StartsWith(start, StringComparison.Ordinal)).ToList();
        var end = ends.Intersect(repeated).Concat(ends).Concat(repeated).Cast<int?>().FirstOrDefault() ?? text.Count - 1;
        return (string.Concat(text.Take(end).Select(Join)), string.Concat(text.Skip(end).Select(Join)));
    }

    // Lines of one wrapped cell: all as wide as the first (within a character), the last no wider.
    private static bool IsWrappedCell(IEnumerable<List<string>> lines)
    {
        var widths = lines.Select(l => DisplayWidth.Of(Join(l))).ToList();
        return widths.Take(widths.Count - 1).All(w => Math.Abs(w - widths[0]) <= WrapSlack) && widths[^1] <= widths[0] + WrapSlack;
    }

    /// <summary>A row of the grid being read: its tiers, its first line, whether text follows the 二级 on that line, and its words line by line.</summary>
    private sealed record PendingRow(string First, string Second, int Line, bool AnchorText, List<List<string>> Lines);

    // The measure words seen in space-separated grids, and every unit of the catalogue: rates such as 元/人 and 元/年
    // follow a number as often as a plain 人.
    private static bool IsUnit(string word) => Units.Contains(word) || IndicatorUnits.Find(word) is not null;

    private static string Join(IEnumerable<string> words) => string.Join(' ', words);

    [GeneratedRegex(@"^[≥≤<>=＞＜]=?[0-9]+(\.[0-9]+)?[%％]?$")]
    private static partial Regex Compared();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?[%％]?$")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^是否\S{0,6}$")]
    private static partial Regex YesNo();
}
