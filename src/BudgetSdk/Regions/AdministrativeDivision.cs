namespace BudgetSdk.Regions;

/// <summary>The level of an administrative division (行政区划级别).</summary>
public enum DivisionLevel
{
    /// <summary>省级: 省, 自治区, 直辖市 (code <c>130000</c> 河北省).</summary>
    Province,

    /// <summary>地级: 地级市, 地区, 自治州, 盟, and the 市辖区 / 县 groups of a 直辖市 (code <c>130300</c> 秦皇岛市).</summary>
    Prefecture,

    /// <summary>县级: 县, 自治县, 县级市, 市辖区, 旗, and the 功能区 of the statistical codes (code <c>130324</c> 卢龙县).</summary>
    County,
}

/// <summary>
/// One administrative division (行政区划) of the statistical division codes BudgetSdk ships
/// (<see cref="AdministrativeDivisions"/>): its 6-digit code, the name it is printed with, and its level. A disclosure's
/// region (财政区划) is one of these codes.
/// </summary>
/// <param name="Code">The 6-digit code: <c>130000</c> for a province, <c>130300</c> for a prefecture, <c>130324</c> for a county.</param>
/// <param name="Name">The official name, e.g. 卢龙县, 秦皇岛市, 河北省.</param>
/// <param name="Level">省级, 地级 or 县级.</param>
public sealed record AdministrativeDivision(string Code, string Name, DivisionLevel Level)
{
    /// <summary>The code of the province (省级) it lies in, e.g. <c>130000</c>; its own code for a province.</summary>
    public string ProvinceCode => string.Concat(Code.AsSpan(0, 2), "0000");

    /// <summary>The code of the prefecture (地级) a county lies in, e.g. <c>130300</c>; null for a province or prefecture.</summary>
    public string? PrefectureCode => Level == DivisionLevel.County ? string.Concat(Code.AsSpan(0, 4), "00") : null;

    /// <summary>The name with the province and prefecture it lies in, e.g. 河北省秦皇岛市卢龙县 or 上海市普陀区 (a 直辖市's
    /// 市辖区 group is no name).</summary>
    public string FullName => AdministrativeDivisions.FullNameOf(this);

    /// <summary>True when <paramref name="code"/> is this division or lies inside it (130324 lies inside 130300 and 130000).</summary>
    /// <param name="code">A 6-digit division code.</param>
    public bool Contains(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var prefix = Level switch { DivisionLevel.Province => 2, DivisionLevel.Prefecture => 4, _ => 6 };
        return code.Length == 6 && code.StartsWith(Code[..prefix], StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
