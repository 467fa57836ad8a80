using BudgetSdk.Regions;

namespace BudgetSdk.Import;

/// <summary>Where a published document's region (财政区划) was taken from: page headers do not print it.</summary>
public enum RegionSource
{
    /// <summary>The first 6 digits of the first 项目编码 (authoritative).</summary>
    ProjectCode,

    /// <summary>The county, district or township the department's name (部门名称) names.</summary>
    DepartmentName,

    /// <summary>The division a title names (情况说明 or 目录 title), the department's name naming none.</summary>
    Title,

    /// <summary>Nothing named one division: the province of the template the document reads with (e.g. 130000).</summary>
    Province,

    /// <summary>Nothing named one division and no template was found, so the region is empty.</summary>
    None,
}

/// <summary>How the importer found a document's region: its source, and what the department's name (or the title used)
/// names, so that an audit can say when a name is ambiguous or unknown, or disagrees with the 项目编码.</summary>
/// <param name="Source">Where the region came from.</param>
/// <param name="Text">The text the names were read from: the department's name, or the title that named the region.</param>
/// <param name="Match">What <see cref="AdministrativeDivisions.Resolve"/> found in <paramref name="Text"/>.</param>
/// <param name="Line">The 1-based line of that text, when known.</param>
public sealed record RegionReading(RegionSource Source, string Text, RegionMatch Match, int? Line);
