using BudgetSdk.Amounts;
using BudgetSdk.Building;

namespace BudgetSdk.Extensions.DependencyInjection;

/// <summary>
/// Creates <see cref="DisclosureBuilder"/>s that carry the application's <see cref="BudgetSdkOptions"/>. Registered
/// as a singleton by <c>services.AddBudgetSdk()</c>; every builder it creates is new and belongs to its caller.
/// </summary>
public interface IDisclosureBuilderFactory
{
    /// <summary>The settings every builder gets: <see cref="BudgetSdkOptions.DefaultEdition"/>, <see cref="BudgetSdkOptions.Rounding"/> and <see cref="BudgetSdkOptions.WarningsAsErrors"/>.</summary>
    BuildSettings Settings { get; }

    /// <summary>Starts a disclosure for a region (6 digits), a department (3-digit code and name) and a budget year.</summary>
    /// <param name="regionCode">财政区划: the 6-digit GB/T 2260 code, e.g. <c>130324</c>.</param>
    /// <param name="departmentCode">部门编码: 3 digits, e.g. <c>434</c>.</param>
    /// <param name="departmentName">部门名称, e.g. 卢龙县人民政府办公室.</param>
    /// <param name="year">预算年度.</param>
    DisclosureBuilder Create(string regionCode, string departmentCode, string departmentName, int year);

    /// <summary>Starts a disclosure in <see cref="BudgetSdkOptions.DefaultRegion"/>.</summary>
    /// <param name="departmentCode">部门编码: 3 digits, e.g. <c>434</c>.</param>
    /// <param name="departmentName">部门名称, e.g. 卢龙县人民政府办公室.</param>
    /// <param name="year">预算年度.</param>
    /// <exception cref="InvalidOperationException"><c>BudgetSdk:DefaultRegion</c> is not set.</exception>
    DisclosureBuilder Create(string departmentCode, string departmentName, int year);

    /// <summary>An amount read in <see cref="BudgetSdkOptions.Unit"/>: <c>Amount(267.58m)</c> is 267.58万元 by default.</summary>
    /// <param name="value">The amount in the configured unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    Money Amount(decimal value);
}
