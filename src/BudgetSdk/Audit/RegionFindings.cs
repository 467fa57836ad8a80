using BudgetSdk.Import;
using BudgetSdk.Regions;
using BudgetSdk.Rules;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0906: the region (财政区划) of a document without 项目编码 rests on a name, so a name that is ambiguous or unknown
/// (the region then being the template's province) is a warning; so is a department's name that names another division
/// than the 项目编码 carry.
/// </summary>
internal static class RegionFindings
{
    private const string Location = "header.regionCode";

    public static IEnumerable<Finding> Check(PublishedDisclosure document)
        => CellFindings.From(Problems(document).Select(p => new CellProblem(p, null, document.Region?.Line)));

    public static IEnumerable<Problem> Problems(PublishedDisclosure document)
    {
        if (document.Region is not { } reading)
        {
            yield break;
        }

        var rule = AuditRules.RegionNamed;
        var region = document.Header.RegionCode;
        var subject = reading.Text == document.Header.DepartmentName ? $"部门名称 {reading.Text}" : $"the title {reading.Text}";
        var candidates = reading.Match.Candidates;
        if (reading.Source is RegionSource.Province or RegionSource.None)
        {
            var fallback = reading.Source == RegionSource.Province
                ? $"the region is the province of the template, {region} {AdministrativeDivisions.Find(region)?.Name}".TrimEnd()
                : "the region stays empty (no template gives a province)";
            var why = candidates.Count > 1
                ? $"{subject} names {reading.Match.Name}, which is {Listed(candidates)}, and no province or city in it chooses one"
                : $"{subject} names no county, district or township of the administrative divisions, nor does a title";
            yield return new Problem(rule.Id, rule.Severity, Location, $"{why}; {fallback}",
                candidates.Count > 1 ? string.Join(" or ", candidates.Select(c => c.Code)) : "a division named in 部门名称 or a title", region);
        }
        else if (reading.Source == RegionSource.ProjectCode && candidates.Count > 0 && !candidates.Any(c => c.Contains(region)))
        {
            yield return new Problem(rule.Id, rule.Severity, Location,
                $"{subject} names {Listed(candidates)}, but the 项目编码 carry the region {region} {AdministrativeDivisions.Find(region)?.FullName}".TrimEnd(),
                string.Join(" or ", candidates.Select(c => c.Code)), region);
        }
    }

    private static string Listed(IReadOnlyList<AdministrativeDivision> divisions)
        => string.Join(" or ", divisions.Select(d => $"{d.Code} {d.FullName}"));
}
