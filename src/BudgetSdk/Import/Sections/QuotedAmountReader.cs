using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Sections;

/// <summary>
/// Reads the amounts sections 二、三、四 and 九 quote (<c>基本支出436.55万元</c>). Each amount is classified by the clause
/// in front of it: the words since the previous punctuation or amount, with filler (为, 共计, 安排, 预算 …) stripped from
/// their end, must end in a subject's name. A clause with a word of change (增加, 减少, 较, 同比 …) quotes a change,
/// not a figure, and is skipped, so <c>基本支出增加6.98万元</c> is not taken for 基本支出.
/// </summary>
internal static partial class QuotedAmountReader
{
    internal static readonly string[] ChangeWords = ["增加", "减少", "下降", "增长", "降低", "压减", "上升", "持平", "较", "同比", "相比", "比上年", "拟购置"];
    private static readonly string[] Fillers = ["共计", "合计", "总额", "总计", "安排", "预算", "为", "是", "共", "达", "约"];

    // A clause ends at punctuation, but not at brackets (因公出国（境）费 is one name) nor at 和/及 (公务用车购置及运维费
    // is one name); the previous amount ends a clause anyway (人员经费402.35万元和日常公用经费34.20万元).
    private static readonly char[] ClauseBreaks = ['，', ',', '。', '；', ';', '、', '：', ':', '\n'];

    public static IEnumerable<QuotedAmount> Read(int section, SectionText text)
    {
        var rules = SubjectRules.For(section);
        if (rules.Count == 0)
        {
            yield break;
        }

        var previousEnd = 0;
        int? projectSentence = null;
        foreach (Match match in AmountInWan().Matches(text.Text))
        {
            // Only the words since the previous amount are looked at, so that many amounts in a line are no re-scan.
            var clauseStart = previousEnd + text.Text.AsSpan(previousEnd, match.Index - previousEnd).LastIndexOfAny(ClauseBreaks) + 1;
            var clause = text.Text[clauseStart..match.Index];
            previousEnd = match.Index + match.Length;
            if (ChangeWords.Any(w => clause.Contains(w, StringComparison.Ordinal)) || PrintedNumbers.Parse(match.Groups["amount"].Value, text.LineAt(match.Index), "the amount quoted") is not { } amount)
            {
                continue;
            }

            var subject = Subject(rules, clause);
            var sentenceStart = text.SentenceStartAt(match.Index);
            if (subject == QuotedSubjects.Project)
            {
                projectSentence = sentenceStart;
            }
            else if (subject is null && section == 2 && projectSentence == sentenceStart)
            {
                // 项目支出341.08万元，主要为招商经费45万元、…: the amounts listed after 项目支出 name projects; the
                // quote keeps the item (招商经费45万元), which names its project.
                var item = Lead().Replace(Names.Compact(clause), string.Empty);
                if (item.Length > 0)
                {
                    yield return new QuotedAmount(section, QuotedSubjects.NamedProject, amount, item + match.Value.Trim(), text.LineAt(match.Index));
                }

                continue;
            }

            if (subject is not null)
            {
                yield return new QuotedAmount(section, subject, amount, text.SentenceAt(match.Index), text.LineAt(match.Index));
            }
        }
    }

    internal static string? Subject(IReadOnlyList<(Regex Pattern, string Subject)> rules, string clause)
    {
        var words = Names.Key(clause);
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var filler in Fillers)
            {
                if (words.EndsWith(filler, StringComparison.Ordinal) && words.Length > filler.Length)
                {
                    words = words[..^filler.Length];
                    stripped = true;
                }
            }
        }

        return rules.FirstOrDefault(r => r.Pattern.IsMatch(words)).Subject;
    }

    // Starting only where a run of digits starts, and never giving digits back: a long run of digits without 万元
    // after it is passed over once, not tried from each of its digits.
    [GeneratedRegex(@"(?<![0-9])(?<amount>(?>[0-9]+)(?:\.(?>[0-9]+))?)\s*万元")]
    private static partial Regex AmountInWan();

    [GeneratedRegex(@"^(主要为|主要是|主要用于|包括|其中)+")]
    private static partial Regex Lead();
}
