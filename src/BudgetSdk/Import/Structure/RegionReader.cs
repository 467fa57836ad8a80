using BudgetSdk.Import.Text;
using BudgetSdk.Regions;
using BudgetSdk.Templates;

namespace BudgetSdk.Import.Structure;

/// <summary>
/// The region (财政区划) of a document: the 项目编码's when it prints one (authoritative), else the county, district or
/// township the department's name names, else the one a title names (情况说明, 目录), else the province of the template
/// the document reads with, so that an unnamed county still imports with its province's 表样.
/// </summary>
internal static class RegionReader
{
    // Titles are short lines; a longer one is a sentence of the narrative, which may name other places.
    private const int TitleLength = 80;

    // A document prints its titles a few times (目录, 情况说明, a cover); more lines like them are no more evidence.
    private const int TitlesRead = 16;

    public static (string Code, RegionReading Reading) Read(string fromProjectCodes, Department department, IReadOnlyList<SourceRow> rows, DisclosureTemplate? template)
    {
        // The template of a document without a region is the broadest one: its region is the province's prefix.
        var province = template?.RegionCode is { Length: >= 2 } code ? code[..2] + "0000" : null;
        var byName = AdministrativeDivisions.Resolve(department.Name, province);
        var named = new RegionReading(RegionSource.DepartmentName, department.Name, byName, LineOf(rows, department.Name));
        if (fromProjectCodes.Length > 0)
        {
            return (fromProjectCodes, named with { Source = RegionSource.ProjectCode });
        }

        if (byName.Division is { } division)
        {
            return (division.Code, named);
        }

        var unresolved = named;
        foreach (var (row, text) in Titles(rows).Take(TitlesRead))
        {
            if (AdministrativeDivisions.Resolve(text, province) is { Candidates.Count: > 0 } match)
            {
                if (match.Division is { } titled)
                {
                    return (titled.Code, new RegionReading(RegionSource.Title, text, match, row.Line));
                }

                // An ambiguous title says more than a name that names nothing: report its candidates.
                unresolved = unresolved.Match.Candidates.Count == 0 ? new RegionReading(RegionSource.Title, text, match, row.Line) : unresolved;
            }
        }

        return province is null
            ? (string.Empty, unresolved with { Source = RegionSource.None })
            : (province, unresolved with { Source = RegionSource.Province });
    }

    private static IEnumerable<(SourceRow Row, string Text)> Titles(IReadOnlyList<SourceRow> rows)
        => rows.Where(r => r.SingleText is { Length: < TitleLength } text && text.Contains("部门预算", StringComparison.Ordinal)).Select(r => (r, r.SingleText!));

    private static int? LineOf(IReadOnlyList<SourceRow> rows, string name)
        => name.Length == 0 ? null : rows.FirstOrDefault(r => r.Text.Contains(name, StringComparison.Ordinal))?.Line;
}
