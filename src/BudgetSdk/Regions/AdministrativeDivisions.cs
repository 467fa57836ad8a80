namespace BudgetSdk.Regions;

/// <summary>
/// The administrative divisions of China (行政区划: 省级, 地级, 县级) as the 国家统计局 statistical division codes
/// (统计用区划代码) list them, shipped inside BudgetSdk: look a division up by its code or its name, or find the one a
/// department's name or a title names (<see cref="Resolve"/>), which is how a disclosure without 项目编码 gets its
/// region (财政区划).
/// </summary>
/// <remarks>
/// The data is embedded in the assembly and parsed once, on first use. Source: modood/Administrative-divisions-of-China
/// at commit 57a0aa9cef47169a2eb74cf057b0245052a34e8c (WTFPL v2), vintage 2022/2023; docs/regions.md gives the files and
/// their sha256. Townships (乡镇) are not in it: a township's county names its region.
/// </remarks>
public static class AdministrativeDivisions
{
    /// <summary>Where the data comes from, for reports and licence notices.</summary>
    public const string Source = "国家统计局 统计用区划代码 via https://github.com/modood/Administrative-divisions-of-China @ 57a0aa9cef47169a2eb74cf057b0245052a34e8c (WTFPL v2)";

    // A name or title longer than this is no name; the scan stops there, so its cost is bounded whatever the text.
    private const int MaxText = 200;

    private static readonly Lazy<DivisionTable> Table = new(DivisionTable.Load);

    /// <summary>Every division: the 31 provinces, then the prefectures, then the counties, each in code order.</summary>
    public static IReadOnlyList<AdministrativeDivision> All => Table.Value.All;

    /// <summary>The division with a 6-digit code (<c>130631</c> 望都县, <c>130600</c> 保定市, <c>130000</c> 河北省), or null.</summary>
    /// <param name="code">The code.</param>
    public static AdministrativeDivision? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Table.Value.ByCode.GetValueOrDefault(code);
    }

    /// <summary>The divisions with exactly this official name: one for 望都县, two for 普陀区, none for a township.</summary>
    /// <param name="name">The name, e.g. 普陀区.</param>
    public static IReadOnlyList<AdministrativeDivision> Named(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Table.Value.ByName.GetValueOrDefault(name) ?? Array.Empty<AdministrativeDivision>();
    }

    /// <summary>
    /// The division a text such as 部门名称 or a title names: the most local one (县级, else 地级, else 省级). 望都县人民政府办公室
    /// → 130631; 平山县下口镇财政所 → 130131 (the township is not listed; its county is); 上海市普陀区财政局 → 310107. A province or
    /// prefecture the text also names settles a name several divisions share, else <paramref name="provinceCode"/> does
    /// (the province of the template a document reads with); 普陀区财政局 alone stays ambiguous.
    /// </summary>
    /// <param name="text">The text; only its first 200 characters are read.</param>
    /// <param name="provinceCode">A code of the province to prefer among divisions of one name (<c>130000</c>, or any code
    /// inside it); null for none.</param>
    /// <returns>The division, the candidates of an ambiguous name, or <see cref="RegionMatch.None"/>.</returns>
    public static RegionMatch Resolve(string text, string? provinceCode = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var named = NamesIn(text.Length > MaxText ? text[..MaxText] : text);
        var provinces = Of(named, DivisionLevel.Province);
        var prefectures = Of(named, DivisionLevel.Prefecture);
        foreach (var level in new[] { DivisionLevel.County, DivisionLevel.Prefecture, DivisionLevel.Province })
        {
            IEnumerable<AdministrativeDivision> candidates = Of(named, level);
            if (level == DivisionLevel.County && prefectures.Count > 0)
            {
                candidates = candidates.Where(c => prefectures.Any(p => p.Contains(c.Code)));
            }

            if (level != DivisionLevel.Province && provinces.Count > 0)
            {
                candidates = candidates.Where(c => provinces.Any(p => p.Contains(c.Code)));
            }

            // A name the named province or prefecture contradicts is no evidence: the broader name stands.
            var left = candidates.ToArray();
            if (left.Length > 1 && provinceCode is { Length: >= 2 } && left.Where(c => c.Code.AsSpan(0, 2).SequenceEqual(provinceCode.AsSpan(0, 2))).ToArray() is { Length: > 0 } inProvince)
            {
                left = inProvince;
            }

            if (left.Length > 0)
            {
                var name = string.Join("、", left.Select(c => c.Name).Distinct(StringComparer.Ordinal));
                return new RegionMatch(left.Length == 1 ? left[0] : null, left, name);
            }
        }

        return RegionMatch.None;
    }

    /// <summary>The name with the province and prefecture it lies in (<see cref="AdministrativeDivision.FullName"/>).</summary>
    internal static string FullNameOf(AdministrativeDivision division)
    {
        if (division.Level == DivisionLevel.Province)
        {
            return division.Name;
        }

        var table = Table.Value;
        var province = table.ByCode.GetValueOrDefault(division.ProvinceCode)?.Name;
        var prefecture = division.PrefectureCode is { } code && table.ByCode.GetValueOrDefault(code) is { } p && table.ByName.ContainsKey(p.Name) ? p.Name : null;
        return province + prefecture + division.Name;
    }

    private static List<AdministrativeDivision> Of(List<IReadOnlyList<AdministrativeDivision>> named, DivisionLevel level)
        => named.SelectMany(n => n).Where(d => d.Level == level).Distinct().ToList();

    // Leftmost-longest names, not overlapping: 秦皇岛市经济技术开发区 is one county, not 秦皇岛市 and a remainder.
    private static List<IReadOnlyList<AdministrativeDivision>> NamesIn(string text)
    {
        var table = Table.Value;
        var found = new List<IReadOnlyList<AdministrativeDivision>>();
        var i = 0;
        while (i < text.Length - 1)
        {
            var length = table.LongestFrom.TryGetValue((text[i], text[i + 1]), out var longest) ? Math.Min(longest, text.Length - i) : 0;
            while (length >= 2 && !table.ByName.ContainsKey(text.Substring(i, length)))
            {
                length--;
            }

            if (length >= 2)
            {
                found.Add(table.ByName[text.Substring(i, length)]);
                i += length;
            }
            else
            {
                i++;
            }
        }

        return found;
    }
}
