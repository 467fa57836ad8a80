using BudgetSdk.Facts;
using BudgetSdk.Import.Structure;
using BudgetSdk.Import.Tables;

namespace BudgetSdk.Import.Sections;

/// <summary>
/// Reads 部门机构设置情况: 单位名称, 单位性质, 单位规格, 经费保障形式. In space-separated text the last three are single
/// words, so they are taken from the right and the rest is the name (which may itself hold a space).
/// </summary>
internal static class UnitsReader
{
    public static IReadOnlyList<OrganizationUnit> Read(Region? region)
    {
        if (region is null)
        {
            return [];
        }

        var units = new List<OrganizationUnit>();
        foreach (var row in region.Rows)
        {
            var cells = row.HasCells ? row.Cells!.Where(c => c.Length > 0).ToList() : SpaceRows.Tokenize(row.Text);
            if (cells.Count < 4 || cells.Contains("单位名称") || Nature(cells[^3]) is not { } nature)
            {
                continue;
            }

            units.Add(new OrganizationUnit(string.Concat(cells.Take(cells.Count - 3)), nature, cells[^2], cells[^1]));
        }

        return units;
    }

    // 参照公务员法管理 units are 事业单位 by nature; anything else is no unit row.
    private static UnitNature? Nature(string printed)
        => printed.Contains("行政", StringComparison.Ordinal) ? UnitNature.Administrative
            : printed.Contains("事业", StringComparison.Ordinal) || printed.Contains("参公", StringComparison.Ordinal) || printed.Contains("参照", StringComparison.Ordinal) ? UnitNature.Institution
            : null;
}
