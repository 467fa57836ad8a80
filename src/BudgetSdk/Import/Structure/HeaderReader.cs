using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Structure;

/// <summary>The department as every table's page header prints it: <c>434 卢龙县人民政府办公室</c> or glued <c>430青龙…</c>.</summary>
internal sealed record Department(string Code, string Name)
{
    /// <summary>The comparison form of the printed header (code and name, no white space), to recognise repeats.</summary>
    public string Key => Code + Names.Key(Name);
}

/// <summary>
/// Reads what identifies a disclosure: the department from the page header under a table title, the budget year from
/// 预算年度, and the region from the first 项目编码 (6-digit prefix), since page headers do not print it.
/// </summary>
internal static partial class HeaderReader
{
    // The page header sits right under a title; a few rows are enough and keep a table's data rows out of reach.
    private const int HeaderRowsAfterTitle = 4;

    public static Department? Department(Outline outline, IReadOnlyList<SourceRow> rows)
    {
        foreach (var region in outline.Tables.Values.OrderBy(r => r.Line))
        {
            foreach (var row in region.Rows.Take(HeaderRowsAfterTitle))
            {
                if (Parse(row) is { } department)
                {
                    return department;
                }
            }
        }

        // Without a page header the explanatory part's title still names the department (without its code).
        foreach (var row in rows)
        {
            if (row.SingleText is { Length: < 80 } text && ExplanationTitle().Match(text) is { Success: true } title)
            {
                return new Department(string.Empty, Names.Compact(title.Groups["name"].Value));
            }
        }

        return null;
    }

    /// <summary>The department a page header row prints, or null when the row is not one.</summary>
    public static Department? Parse(SourceRow row)
    {
        var text = row.HasCells ? row.FirstToken : row.Text;
        var match = DepartmentLine().Match(text);
        return match.Success ? new Department(match.Groups["code"].Value, match.Groups["name"].Value) : null;
    }

    /// <summary>The first 预算年度 printed, else the year in a title such as 2024 年部门预算信息公开目录.</summary>
    public static int? Year(IReadOnlyList<SourceRow> rows)
    {
        int? fromTitle = null;
        foreach (var row in rows)
        {
            if (row.Text.Contains("预算年度", StringComparison.Ordinal) && BudgetYear().Match(row.Text) is { Success: true } year)
            {
                return int.Parse(year.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (fromTitle is null && row.Text.Contains("部门预算", StringComparison.Ordinal) && TitleYear().Match(row.Text) is { Success: true } title)
            {
                fromTitle = int.Parse(title.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return fromTitle;
    }

    /// <summary>The region (财政区划) from the first project code: its first six digits.</summary>
    public static string Region(IReadOnlyList<SourceRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Text.Contains("项目编码", StringComparison.Ordinal) && ProjectCode().Match(row.Text) is { Success: true } code)
            {
                return code.Groups["region"].Value;
            }
        }

        return string.Empty;
    }

    [GeneratedRegex(@"^(?<code>[0-9]{3})\s*(?<name>[^\s0-9][^\s]*?)(?:\s.*)?$")]
    private static partial Regex DepartmentLine();

    [GeneratedRegex(@"^(第.部分)?\s*(?<name>[^\s0-9].*?)\s*20[0-9]{2}\s*年部门预算信息公开情况说明$")]
    private static partial Regex ExplanationTitle();

    [GeneratedRegex(@"预算年度\s*[：:]\s*(?<year>[0-9]{4})")]
    private static partial Regex BudgetYear();

    [GeneratedRegex(@"(?<year>20[0-9]{2})\s*年")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"项目编码\s*[：:]?\s*(?<region>[1-9][0-9]{5})[0-9]{2}[0-9A-Za-z]{5,}")]
    private static partial Regex ProjectCode();
}
