using BudgetSdk.Amounts;

namespace BudgetSdk.Facts;

/// <summary>
/// 部门固定资产占用情况表 (section 九) as facts; 资产总额 is derived as their sum. Figures are at the end of the
/// previous year (截止时间 = 31 December of the year before the budget year).
/// </summary>
/// <param name="BuildingArea">房屋 (平方米).</param>
/// <param name="OfficeArea">其中：办公用房 (平方米): never more than <paramref name="BuildingArea"/>.</param>
/// <param name="BuildingValue">房屋 价值.</param>
/// <param name="Vehicles">车辆 (台、辆).</param>
/// <param name="VehicleValue">车辆 价值.</param>
/// <param name="Equipment">单价在 20 万元以上的设备 (台、套).</param>
/// <param name="EquipmentValue">单价在 20 万元以上的设备 价值.</param>
/// <param name="OtherItems">其他固定资产 数量.</param>
/// <param name="OtherValue">其他固定资产 价值.</param>
/// <param name="PlannedPurchases">本年度拟购置固定资产总额.</param>
/// <param name="OfficeValue">其中：办公用房 价值: part of <paramref name="BuildingValue"/>.</param>
public sealed record Assets(
    decimal BuildingArea,
    decimal OfficeArea,
    Money BuildingValue,
    int Vehicles,
    Money VehicleValue,
    int Equipment,
    Money EquipmentValue,
    int OtherItems,
    Money OtherValue,
    Money PlannedPurchases = default,
    Money OfficeValue = default)
{
    /// <summary>资产总额 = 房屋 + 车辆 + 设备 + 其他.</summary>
    public Money Total => BuildingValue + VehicleValue + EquipmentValue + OtherValue;
}
