using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;

namespace BudgetSdk.Import.Structure;

/// <summary>What a title line opens: one of the tables or schedules, or 部门机构设置情况.</summary>
internal enum RegionKind
{
    Table,
    Units,
}

/// <summary>
/// Recognises the lines that divide a disclosure: table titles, the headings 一、… 十一、 of the explanatory sections,
/// and the title of the explanatory part. Only a line that is nothing but the title counts, so a table of contents
/// (titles followed by dots and page numbers) and sentences that name a table are not taken for one.
/// </summary>
internal static partial class Landmarks
{
    // Keys are titles without white space, quotes and the 部门预算/部门 prefix, so 2023's 政府基金 and a converter's
    // lost quotes still match; a template's own titles are added at run time.
    private static readonly Dictionary<string, TableId> DefaultTitles = new(StringComparer.Ordinal)
    {
        ["收支总表"] = TableId.T1,
        ["收入总表"] = TableId.T2,
        ["支出总表"] = TableId.T3,
        ["财政拨款收支总表"] = TableId.T4,
        ["一般公共预算财政拨款支出表"] = TableId.T5,
        ["一般公共预算财政拨款基本支出表"] = TableId.T6,
        ["政府性基金预算财政拨款支出表"] = TableId.T7,
        ["政府基金预算财政拨款支出表"] = TableId.T7,
        ["国有资本经营预算财政拨款支出表"] = TableId.T8,
        ["财政拨款三公经费支出表"] = TableId.T9,
        ["政府采购预算"] = TableId.Procurement,
        ["政府采购预算表"] = TableId.Procurement,
        ["固定资产占用情况表"] = TableId.Assets,
    };

    private const string UnitsKey = "机构设置情况";

    // The sections in order, each known by a phrase of its heading (one heading may be worded a little differently
    // by region and year, the phrase not).
    private static readonly string[] SectionPhrases =
        ["部门职责", "总体情况", "机关运行经费", "三公", "整体绩效目标", "专项资金", "项目预算", "政府采购", "国有资产", "名词解释", "其他需要说明"];

    /// <summary>The titles T1–T9 as domain.md names them, for messages.</summary>
    public static readonly string[] NineTitles =
    [
        "部门预算收支总表", "部门预算收入总表", "部门预算支出总表", "部门预算财政拨款收支总表", "部门预算一般公共预算财政拨款支出表",
        "部门预算一般公共预算财政拨款基本支出表", "部门预算政府性基金预算财政拨款支出表", "部门预算国有资本经营预算财政拨款支出表", "部门预算财政拨款“三公”经费支出表",
    ];

    /// <summary>The title this line is, if any, with the extra titles (a template's) tried too.</summary>
    public static (RegionKind Kind, TableId Id)? Title(SourceRow row, IReadOnlyDictionary<string, TableId> extra)
    {
        var text = row.SingleText;
        if (text is null || text.Length > 40)
        {
            return null;
        }

        var key = TitleKey(text);
        if (key == UnitsKey)
        {
            return (RegionKind.Units, default);
        }

        return DefaultTitles.TryGetValue(key, out var id) || extra.TryGetValue(key, out id) ? (RegionKind.Table, id) : null;
    }

    /// <summary>The comparison form of a title.</summary>
    public static string TitleKey(string title)
    {
        var key = YearPrefix().Replace(Names.Key(title), string.Empty);
        return key.StartsWith("部门预算", StringComparison.Ordinal) ? key[4..]
            : key.StartsWith("部门", StringComparison.Ordinal) ? key[2..]
            : key;
    }

    /// <summary>The number (1–11) of the section this line heads, when it is a later one than <paramref name="current"/>.</summary>
    public static int? Section(SourceRow row, int current)
    {
        // A table of contents prints the headings too, followed by dots or a tab and a page number.
        var text = row.SingleText;
        if (text is null || text.Length > 40 || text.Contains("..", StringComparison.Ordinal) || text.Contains('…', StringComparison.Ordinal)
            || text.Contains('\t', StringComparison.Ordinal) || PageNumberAtEnd().IsMatch(text))
        {
            return null;
        }

        var match = Heading().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = ChineseNumerals.Parse(match.Groups["n"].Value);
        return number > current && number <= SectionPhrases.Length && Names.Key(match.Groups["rest"].Value).Contains(SectionPhrases[number - 1], StringComparison.Ordinal)
            ? number
            : null;
    }

    /// <summary>The title line of the explanatory part (…部门预算信息公开情况说明): the tables end there.</summary>
    public static bool IsExplanationTitle(SourceRow row)
        => row.SingleText is { Length: < 80 } text && text.EndsWith("情况说明", StringComparison.Ordinal) && !text.Contains("..", StringComparison.Ordinal);

    /// <summary>A note under a table (注：…), such as 注：无…，空表列示。</summary>
    public static bool IsNote(SourceRow row) => row.Text.StartsWith("注：", StringComparison.Ordinal) || row.Text.StartsWith("注:", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})\s*[、.．]\s*(?<rest>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\s[0-9]{1,3}$")]
    private static partial Regex PageNumberAtEnd();

    [GeneratedRegex(@"^[0-9]{4}年")]
    private static partial Regex YearPrefix();
}
