using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Sections;

/// <summary>
/// Reads the 比上年 statements of sections 二、三、四 (<c>基本支出增加6.98万元</c>, <c>较2023年预算减少14.85万元</c>,
/// <c>比 2023年下降 55.71%</c>, <c>与上年持平</c>, the template's <c>增加（减少）</c>) and the years the sections name.
/// A statement's subject is the clause in front of its change word, read with the subjects of
/// <see cref="QuotedAmountReader"/>; a clause that names none (<c>较2023年预算</c>, <c>同比</c>) is about the amount the
/// sentence quoted last outside brackets, or at the start of a sentence about the paragraph's first subject (the “三公”
/// total of <c>…15.50万元，其中…。与2023年相比减少6.00万元</c>). One left-to-right pass over the tokens: linear in the text.
/// </summary>
internal static partial class ChangeStatementReader
{
    /// <summary>The statements and named years of sections 二、三、四, in printed order.</summary>
    public static (IReadOnlyList<ChangeStatement> Statements, IReadOnlyList<NamedYear> Years) Read(IReadOnlyDictionary<int, List<SourceRow>> sections, TextFormat format, int year)
    {
        var read = new[] { 2, 3, 4 }.Where(sections.ContainsKey).Select(s => Read(s, SectionText.Of(sections[s], format), year)).ToArray();
        return (read.SelectMany(r => r.Statements).ToArray(), read.SelectMany(r => r.Years).ToArray());
    }

    public static (IReadOnlyList<ChangeStatement> Statements, IReadOnlyList<NamedYear> Years) Read(int section, SectionText text, int year)
    {
        var scan = new ChangeScan(section, text, year);
        foreach (Match token in Tokens().Matches(text.Text))
        {
            scan.Take(token);
        }

        return scan.Finish();
    }

    /// <summary>The subject a clause ends in: the sections' subjects, and 收支 (预算收支安排777.63万元) for the total.</summary>
    public static string? SubjectOf(int section, string clause)
        => QuotedAmountReader.Subject(SubjectRules.For(section), clause)
            ?? (section == 2 && IncomeAndExpense().IsMatch(Names.Key(clause)) ? QuotedSubjects.Expense : null);

    /// <summary>The clause without the words that say what it is compared with (较2023年预算, 与上年相比, 同比, 其中).</summary>
    public static string WithoutComparison(string clause)
        => ComparisonSuffix().Replace(ComparisonPrefix().Replace(Names.Key(clause), string.Empty), string.Empty);

    /// <summary>Whether an amount's clause names last year's figure (上年预算, 2023年预算数为): the year before <paramref name="year"/>.</summary>
    public static bool NamesLastYear(string clause, int year)
    {
        var match = LastYearClause().Match(Names.Key(clause));
        return match.Success && (!match.Groups["year"].Success || match.Groups["year"].Value == (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The reason a stretch of text after a statement gives, from the clause of its marker; null when none.</summary>
    public static string? ReasonIn(string region)
    {
        var marker = ReasonMarker().Match(region);
        if (!marker.Success)
        {
            return null;
        }

        var start = region.LastIndexOfAny(['，', ',', '。', '；', ';', '：', ':', '\n'], marker.Index) + 1;
        var reason = region[start..].Trim().TrimEnd('，', ',', '。', '；', ';', '：', ':', '、');
        return reason.Length == 0 ? null : reason;
    }

    // Change words as QuotedAmountReader.ChangeWords has them, each with the amount or percent it moves by.
    [GeneratedRegex(@"(?<unstated>增加[(（]减少[)）]|减少[(（]增加[)）]|增[(（]减[)）])\s*(?<unstatedNumber>\d+(?:\.\d+)?)\s*(?<unstatedUnit>万元|[%％])"
        + @"|(?<direction>增加|增长|上升|提高|减少|下降|降低|压减|缩减)了?\s*(?<number>\d+(?:\.\d+)?)\s*(?<unit>万元|[%％])"
        + @"|(?<same>持平|无增减变化|无变化|保持不变|没有变化)"
        + @"|(?<amount>\d+(?:\.\d+)?)\s*万元"
        + @"|(?<year>(?:19|20)\d\d)\s*年"
        + @"|(?<break>[，,。；;：:\n！？])|(?<open>[(（])|(?<close>[)）])", RegexOptions.NonBacktracking)]
    internal static partial Regex Tokens();

    [GeneratedRegex(@"收支(总额|总计|合计|预算|安排)*$", RegexOptions.NonBacktracking)]
    private static partial Regex IncomeAndExpense();

    [GeneratedRegex(@"^(其中|同比|相比|相较|对比|比较|上年度|上年|去年|\d{4}年度?|比|较|与|预算数|预算|安排|的|了|[()])+", RegexOptions.NonBacktracking)]
    private static partial Regex ComparisonPrefix();

    [GeneratedRegex(@"(同比|相比|相较|对比|比较|上年度|上年|去年|\d{4}年度?|比|较|与|预算数|预算|的|了|[()])+$", RegexOptions.NonBacktracking)]
    private static partial Regex ComparisonSuffix();

    [GeneratedRegex(@"^[(]?(比|较|与|由|从)?(上年度?|去年|(?<year>\d{4})年度?)(的)?(预算数?|安排|支出)?(数)?(为|是)?$", RegexOptions.NonBacktracking)]
    private static partial Regex LastYearClause();

    // 因公出国 holds 因, so a bare 因 is no marker.
    [GeneratedRegex(@"原因|主要(用于|是|为|系|因)|由于|因为", RegexOptions.NonBacktracking)]
    private static partial Regex ReasonMarker();
}
