using System.Globalization;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0914: sections 二–四 speak of the budget year and the year before it; another year (a 2021年 left over from an
/// old document) is a warning at its sentence.
/// </summary>
internal static class YearCheck
{
    public static IEnumerable<Finding> Check(PublishedDisclosure document, DisclosureTemplate template)
    {
        var rule = AuditRules.NamedYear;
        var year = document.Header.Year;
        foreach (var named in document.NamedYears.Where(n => n.Year != year && n.Year != year - 1))
        {
            var printed = named.Year.ToString(CultureInfo.InvariantCulture) + "年";
            yield return new Finding(rule.Id, rule.Severity, $"{NarrativeCheck.Section(template, named.Section)}/{named.Sentence}", printed,
                $"{year.ToString(CultureInfo.InvariantCulture)}年 or {(year - 1).ToString(CultureInfo.InvariantCulture)}年",
                $"the section names {printed}, but the budget is for {year.ToString(CultureInfo.InvariantCulture)} and compares with the year before") { Line = named.Line };
        }
    }
}
