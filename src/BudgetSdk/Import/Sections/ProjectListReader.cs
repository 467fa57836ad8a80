using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Sections;

/// <summary>
/// Reads the projects section 二 lists after its 项目支出 amount, each a name and an amount in 万元, up to the end of
/// the sentence: <c>项目支出341.08万元，主要为招商经费45万元、综合事务经费38.9万元、…等。</c> (a partial list) or
/// <c>项目支出25.00万元，其中：1.XX经费项目25.00万元。</c> (2023 form, complete). The list ends at the sentence's end, at
/// 等, or at a clause that states a change (增加, 比上年 …) or a sum (共计) rather than a project.
/// </summary>
internal static partial class ProjectListReader
{
    private static readonly string[] ChangeWords = ["增加", "减少", "下降", "增长", "较", "同比", "相比", "比上年"];
    private static readonly char[] OpeningBreaks = ['，', ',', '；', ';', '：', ':'];

    /// <summary>The first 项目支出 amount followed by a list of projects with amounts, or null when the section lists none.</summary>
    /// <param name="text">Section 二.</param>
    /// <param name="projectNames">The 项目名称 of the project tables: a name that ends in a digit (云视频会议系统1) runs into its
    /// amount (云视频会议系统121.65万元), and only the tables tell where one ends.</param>
    public static PrintedProjectList? Read(SectionText text, IEnumerable<string> projectNames)
    {
        var names = projectNames.Select(Names.Key).ToHashSet(StringComparer.Ordinal);
        var end = -1;
        for (var total = ProjectTotal().Match(text.Text); total.Success; total = total.NextMatch())
        {
            var from = total.Index + total.Length;
            if (from > end)
            {
                // Totals in one sentence share its end, so no text is searched for it twice.
                end = text.Text.IndexOfAny(['。', '\n'], from) is var stop and >= 0 ? stop : text.Text.Length;
            }

            // 项目支出 split by its sources (其中：一般公共预算拨款300万元、上年结转41.08万元) lists no projects.
            var (items, complete) = Items(text, from, end, names);
            if (items.Count > 0 && !items.Any(i => Source().IsMatch(i.Name)) && PrintedNumbers.Parse(total.Groups["amount"].Value) is { } amount)
            {
                return new PrintedProjectList(amount, complete, items, text.SentenceAt(total.Index), text.LineAt(total.Index));
            }
        }

        return null;
    }

    private static (List<ListedProject> Items, bool Complete) Items(SectionText text, int from, int end, HashSet<string> names)
    {
        var items = new List<ListedProject>();
        var complete = true;
        var previousEnd = from;
        for (var match = AmountInWan().Match(text.Text, from, end - from); match.Success; match = match.NextMatch())
        {
            var clause = Names.Compact(text.Text[previousEnd..match.Index]);
            string name;
            if (items.Count == 0)
            {
                // The first clause may open the list (，其中：, 主要为 — which names only the main projects); a name may
                // hold a 、 (民族文化广场灯具、喷泉维修项目经费), so only the other breaks end the opening.
                complete &= !clause.Contains("主要", StringComparison.Ordinal);
                name = Separator().Replace(Lead().Replace(clause[(clause.LastIndexOfAny(OpeningBreaks) + 1)..], string.Empty), string.Empty);
            }
            else
            {
                // Between items stand only separators and numbering; 等 ends a partial list.
                name = Separator().Replace(clause, string.Empty);
                if (name.StartsWith('等'))
                {
                    complete = false;
                    break;
                }
            }

            if (name.Length == 0 || Sum().IsMatch(name) || ChangeWords.Any(w => name.Contains(w, StringComparison.Ordinal))
                || PrintedNumbers.Parse(match.Groups["amount"].Value) is not { } amount)
            {
                break;
            }

            items.Add(Split(new ListedProject(name, amount, match.Groups["amount"].Value, text.LineAt(match.Index)), names));
            previousEnd = match.Index + match.Length;
        }

        // 等 right after the last item (…外包项目189万元等。) says the list names only some.
        var next = previousEnd;
        while (next < end && char.IsWhiteSpace(text.Text[next]))
        {
            next++;
        }

        return (items, complete && !(next < end && text.Text[next] == '等'));
    }

    /// <summary>The item with the leading digits of its amount moved to its name when that makes a table's name and its own is none.</summary>
    private static ListedProject Split(ListedProject item, HashSet<string> names)
    {
        var name = Names.Key(item.Name);
        for (var digits = 1; !names.Contains(name) && digits < Math.Min(item.AmountText.Length, 4) && char.IsAsciiDigit(item.AmountText[digits - 1]); digits++)
        {
            if (names.Contains(name + item.AmountText[..digits]) && PrintedNumbers.Parse(item.AmountText[digits..]) is { } amount && char.IsAsciiDigit(item.AmountText[digits]))
            {
                return item with { Name = item.Name + item.AmountText[..digits], Amount = amount, AmountText = item.AmountText[digits..] };
            }
        }

        return item;
    }

    [GeneratedRegex(@"项目支出(预算)?(为|是|共计|合计|安排)?\s*(?<amount>\d[\d,]*(\.\d+)?)\s*万元")]
    private static partial Regex ProjectTotal();

    [GeneratedRegex(@"(?<amount>\d[\d,]*(\.\d+)?)\s*万元")]
    private static partial Regex AmountInWan();

    [GeneratedRegex(@"^(其中|主要为|主要是|主要用于|主要包括|包括|具体为|具体是|分别为|分别是|为)+")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(一般公共预算|财政拨款|政府性基金|基金预算|国有资本经营预算|财政专户|单位资金|事业收入|上年结转|其他收入)")]
    private static partial Regex Source();

    [GeneratedRegex(@"(共计|合计|总计|小计|累计)$")]
    private static partial Regex Sum();

    [GeneratedRegex(@"^[，,、；;\s]*(和|及|以及|与)?(\d{1,3}[.．、]|[（(]\d{1,3}[）)])?")]
    private static partial Regex Separator();
}
