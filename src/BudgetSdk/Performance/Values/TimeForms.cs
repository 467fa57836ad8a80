using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetSdk.Performance.Values;

/// <summary>
/// Recognises the date and period forms of a 指标值, on text without white space. A date needs a year, a day, or a
/// marker such as 底 or 前 (2023年12月, 12月底前); a bare "12月" or "1年" is a duration and is left to the comparison
/// reader. A four-digit year alone (2024年, 2024年底前) is a date, not 2024 years.
/// </summary>
internal static partial class TimeForms
{
    /// <summary>Whether the text is a date form; <paramref name="problem"/> says why a date-shaped text cannot be a date.</summary>
    public static bool IsDate(string text, out string? problem)
    {
        problem = null;
        var match = MonthDate().Match(text);
        if (match.Success && (match.Groups["y"].Success || match.Groups["d"].Success || match.Groups["q"].Success || match.Groups["b"].Success))
        {
            problem = Check(match);
            return true;
        }

        match = NumericDate().Match(text);
        if (match.Success)
        {
            problem = Check(match);
            return true;
        }

        match = YearDate().Match(text);
        return match.Success && int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) is >= 1990 and <= 2099;
    }

    /// <summary>Whether the text states a recurring time: 每月25日前, 每季度, 按月, 每2周.</summary>
    public static bool IsPeriod(string text) => Period().IsMatch(text);

    // A month or day that does not exist makes the value malformed rather than a date.
    private static string? Check(Match match)
    {
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return $"a date with month {month}, which does not exist";
        }

        if (!match.Groups["d"].Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var last = match.Groups["y"].Success
            ? DateTime.DaysInMonth(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), month)
            : DateTime.DaysInMonth(2024, month);
        return day >= 1 && day <= last ? null : $"a date with day {day} of month {month}, which does not exist";
    }

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})[日号])?(?<q>底|末|初|上旬|中旬|下旬)?(?<b>前|之前|以前|止|内|以内)?$")]
    private static partial Regex MonthDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})[-/](?<m>[0-9]{1,2})(?:[-/](?<d>[0-9]{1,2}))?(?<b>前|之前|以前)?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})年(?:度)?(?:底|末|初|内)?(?:前|之前|以前)?$")]
    private static partial Regex YearDate();

    // 按 reads as a period only before a bare time unit: 按月发放 is monthly, 按年度计划完成 is not.
    [GeneratedRegex(@"^(?:每[0-9]*个?(?:日|天|周|星期|旬|月|季度|季|半年|年度|年|学期)|按(?:日|天|周|旬|月|季度|季|半年|年)(?!度|计划|规定))")]
    private static partial Regex Period();
}
