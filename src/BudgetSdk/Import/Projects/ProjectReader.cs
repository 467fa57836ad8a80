using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Projects;

/// <summary>
/// Reads the 项目绩效目标表 of section 七: each starts at a title <c>1、…绩效目标表</c> and holds, in order, the header
/// (项目编码, 项目名称, 预算数, 资金用途), the 资金支出计划, the 绩效目标 and the indicator grid. The header is read from
/// each row's text (cells joined by a space), which reads alike in all three formats.
/// </summary>
internal static partial class ProjectReader
{
    public static IReadOnlyList<PrintedProject> Read(IReadOnlyList<SourceRow>? section, TextFormat format)
    {
        if (section is null)
        {
            return [];
        }

        var projects = new List<PrintedProject>();
        var start = -1;
        for (var i = 0; i <= section.Count; i++)
        {
            if (i < section.Count && TitleName(section[i]) is null)
            {
                continue;
            }

            if (start >= 0)
            {
                projects.Add(One(section[start], section.Skip(start + 1).Take(i - start - 1).ToList(), format));
            }

            start = i;
        }

        return projects;
    }

    private static string? TitleName(SourceRow row)
        => row.SingleText is { Length: <= 80 } text && Title().Match(text) is { Success: true } match ? match.Groups["name"].Value : null;

    private static PrintedProject One(SourceRow title, List<SourceRow> rows, TextFormat format)
    {
        var plan = IndexOf(rows, r => r.Text.Contains("资金支出计", StringComparison.Ordinal) || r.Text.Contains("支出计划", StringComparison.Ordinal));
        var goals = IndexOf(rows, IsGoalsRow);
        var grid = IndexOf(rows, r => r.Text.Contains("一级指标", StringComparison.Ordinal));
        var headerEnd = FirstOf(plan, goals, grid, rows.Count);
        var header = rows.Take(headerEnd).ToList();
        var budgetRow = header.FindIndex(r => r.Text.Contains("预算数", StringComparison.Ordinal));

        string? code = null, name = null;
        foreach (var row in header)
        {
            code ??= CodeField().Match(row.Text) is { Success: true } c ? c.Groups["code"].Value : null;
            name ??= NameField().Match(row.Text) is { Success: true } n ? n.Groups["name"].Value.Trim() : null;
        }

        var budgetText = budgetRow >= 0 ? header[budgetRow].Text : string.Empty;
        var budgetLine = budgetRow >= 0 ? header[budgetRow].Line : title.Line;
        var planEnd = FirstOf(goals, grid, rows.Count);
        var (planHeader, planCells) = plan >= 0
            ? SpendingPlanReader.Read(rows.Skip(plan).Take(planEnd - plan).ToList(), format)
            : (null, new string?[4]);
        var goalsEnd = FirstOf(grid, rows.Count);
        var (goalList, longTerm) = goals >= 0 ? GoalReader.Read(rows.Skip(goals).Take(goalsEnd - goals).ToList(), format) : ([], null);
        var indicators = grid >= 0 ? IndicatorGridReader.Read(rows.Skip(grid).ToList(), format) : [];

        return new PrintedProject(
            code,
            name is { Length: > 0 } ? name : TitleName(title)!,
            Number(BudgetField(), budgetText, budgetLine),
            Number(FiscalField(), budgetText, budgetLine),
            Number(OtherField(), budgetText, budgetLine),
            Purpose(header, budgetRow, format),
            planHeader,
            planCells,
            goalList,
            indicators,
            title.Line)
        {
            LongTermGoal = longTerm,
        };
    }

    // 资金用途 is what stands between the 预算数 row and the plan; without a 预算数 row (2023 tables) it follows its label.
    private static string? Purpose(List<SourceRow> header, int budgetRow, TextFormat format)
    {
        var parts = budgetRow >= 0
            ? header.Skip(budgetRow + 1).Select(r => r.Text)
            : header.Where(r => r.Text.Contains("资金用途", StringComparison.Ordinal)).Select(r => r.Text);
        var joiner = format == TextFormat.SpaceSeparated ? string.Empty : " ";
        var text = string.Join(joiner, parts.Select(p => PurposeLabel().Replace(p, string.Empty).Trim()).Where(p => p.Length > 0));
        return text.Length > 0 ? text : null;
    }

    private static bool IsGoalsRow(SourceRow row)
    {
        var first = Names.Compact(row.FirstToken);
        return (first.StartsWith("绩效目标", StringComparison.Ordinal) && !first.EndsWith("表", StringComparison.Ordinal))
            || first.StartsWith("年度目标", StringComparison.Ordinal) || first.StartsWith("中长期目标", StringComparison.Ordinal);
    }

    private static decimal? Number(Regex field, string text, int line)
        => field.Match(text) is { Success: true } match ? PrintedNumbers.Parse(match.Groups["amount"].Value, line, "the project amount") : null;

    private static int IndexOf(List<SourceRow> rows, Func<SourceRow, bool> test) => rows.FindIndex(r => test(r));

    private static int FirstOf(params int[] indexes) => indexes.Where(i => i >= 0).DefaultIfEmpty(0).Min();

    [GeneratedRegex(@"^[0-9]{1,3}\s*[、.．]?\s*(?<name>.+?)绩效目标表$")]
    private static partial Regex Title();

    [GeneratedRegex(@"项目编码\s*[：:]?\s*(?<code>[0-9A-Za-z]{8,})")]
    private static partial Regex CodeField();

    [GeneratedRegex(@"项目名称\s*[：:]?\s*(?<name>\S.*)$")]
    private static partial Regex NameField();

    [GeneratedRegex(@"预算数\s*[：:]?\s*(?<amount>[0-9.,]+)")]
    private static partial Regex BudgetField();

    [GeneratedRegex(@"财政\s*资金\s*[：:]?\s*(?<amount>[0-9.,]+)")]
    private static partial Regex FiscalField();

    [GeneratedRegex(@"其他资金\s*[：:]?\s*(?<amount>[0-9.,]+)")]
    private static partial Regex OtherField();

    [GeneratedRegex(@"^(预算规模及\s*)?(资金用途)?\s*[：:]?")]
    private static partial Regex PurposeLabel();
}
