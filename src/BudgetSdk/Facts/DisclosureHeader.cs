namespace BudgetSdk.Facts;

/// <summary>
/// Who discloses and for which year. A department code is unique only inside its region, so the key of a
/// disclosure is (region, department code, year).
/// </summary>
/// <param name="RegionCode">财政区划: the 6-digit GB/T 2260 code, e.g. <c>130324</c> 卢龙县.</param>
/// <param name="DepartmentCode">部门编码: 3 digits, e.g. <c>434</c>.</param>
/// <param name="DepartmentName">部门名称, e.g. 卢龙县人民政府办公室.</param>
/// <param name="Year">预算年度.</param>
public sealed record DisclosureHeader(string RegionCode, string DepartmentCode, string DepartmentName, int Year)
{
    /// <summary>The department as printed on every table: code and name, e.g. <c>434 卢龙县人民政府办公室</c>.</summary>
    public string PrintedDepartment => DepartmentCode.Length == 0 ? DepartmentName : $"{DepartmentCode} {DepartmentName}";
}
