using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Tests.Audit;
using static BudgetSdk.Tests.Regions.SeedMutations;

namespace BudgetSdk.Tests.Regions;

/// <summary>
/// The region (财政区划) of the seeds: from their 项目编码, and — with every 项目编码 line removed — from the county the
/// department's name names; a name that is ambiguous, unknown, or names another county than the codes gives BDR0906.
/// </summary>
public class SeedRegionTests
{
    public static TheoryData<string, string, string> SeedRegions => new()
    {
        { "000", "130324", "卢龙县" },
        { "001", "130631", "望都县" },
        { "002", "130321", "青龙满族自治县" },
    };

    [Theory]
    [MemberData(nameof(SeedRegions))]
    public void Each_seed_takes_its_region_from_its_project_codes_and_its_name_agrees(string seed, string code, string county)
    {
        var document = DisclosureImporter.Read(Original(seed));

        document.Header.RegionCode.ShouldBe(code);
        var region = document.Region.ShouldNotBeNull();
        region.Source.ShouldBe(RegionSource.ProjectCode);
        region.Match.Name.ShouldBe(county);
        region.Match.Division.ShouldNotBeNull().Code.ShouldBe(code);
    }

    [Theory]
    [MemberData(nameof(SeedRegions))]
    public void Without_project_codes_each_seed_takes_its_region_from_the_department_name(string seed, string code, string county)
    {
        var document = DisclosureImporter.Read(WithoutProjectCodes(seed));

        document.Header.RegionCode.ShouldBe(code);
        var region = document.Region.ShouldNotBeNull();
        region.Source.ShouldBe(RegionSource.DepartmentName);
        region.Text.ShouldBe(document.Header.DepartmentName);
        region.Text.ShouldStartWith(county);
        var report = Auditor.Audit(document);
        report.Findings.ShouldNotContain(f => f.Rule == "BDR0906" || f.Rule == "BDR0001");

        // Once named, a county with T9 rows of its own (望都县, 青龙满族自治县) is read with them, as with its codes.
        report.Template.ShouldNotBeNull().T9Rows.Region.ShouldBe(seed == "000" ? "13" : code);
    }

    [Fact]
    public void A_department_name_naming_no_county_leaves_the_region_to_the_explanation_title()
    {
        // 001's page headers print 434 望都县人民政府办公室; without the county there, its 情况说明 title still names it.
        var text = WithoutProjectCodes("001").Replace("434 望都县人民政府办公室", "434 县政府办公室", StringComparison.Ordinal);

        var document = DisclosureImporter.Read(text);

        document.Header.DepartmentName.ShouldBe("县政府办公室");
        document.Header.RegionCode.ShouldBe("130631");
        document.Region!.Source.ShouldBe(RegionSource.Title);
        document.Region.Text.ShouldBe("第一部分 望都县人民政府办公室 2024 年部门预算信息公开情况说明");
        Auditor.Audit(document).Findings.ShouldNotContain(f => f.Rule == "BDR0906");
    }

    [Fact]
    public void A_shared_district_name_reads_with_the_province_template_and_warns()
    {
        var document = DisclosureImporter.Read(WithoutProjectCodes("001").Replace("望都县", "普陀区", StringComparison.Ordinal));

        document.Header.RegionCode.ShouldBe("130000");
        document.Region!.Source.ShouldBe(RegionSource.Province);
        var report = Auditor.Audit(document);
        report.Template.ShouldNotBeNull().T9Rows.Region.ShouldBe("13");
        var finding = report.Findings.Single(f => f.Rule == "BDR0906");
        finding.Brief().ShouldBe("BDR0906 warning header.regionCode: printed 130000, expected 310107 or 330903");
        finding.Message.ShouldBe("部门名称 普陀区人民政府办公室 names 普陀区, which is 310107 上海市普陀区 or 330903 浙江省舟山市普陀区, and no province or city in it chooses one; the region is the province of the template, 130000 河北省");
        finding.Line.ShouldBe(2);

        // The import is not refused for its region: the warning is among its problems, no region error is.
        var built = PublishedFacts.Build(document);
        built.Problems.ShouldContain(p => p.RuleId == "BDR0906" && p.Severity == BudgetSdk.Rules.Severity.Warning);
        built.Errors.ShouldNotContain(p => p.RuleId == "BDR0001" || p.RuleId == "BDR0003");
    }

    [Fact]
    public void An_unknown_county_name_reads_with_the_province_template_and_warns()
    {
        var document = DisclosureImporter.Read(WithoutProjectCodes("001").Replace("望都县", "某某县", StringComparison.Ordinal));

        document.Header.RegionCode.ShouldBe("130000");
        var finding = Auditor.Audit(document).Findings.Single(f => f.Rule == "BDR0906");
        finding.Brief().ShouldBe("BDR0906 warning header.regionCode: printed 130000, expected a division named in 部门名称 or a title");
        finding.Message.ShouldBe("部门名称 某某县人民政府办公室 names no county, district or township of the administrative divisions, nor does a title; the region is the province of the template, 130000 河北省");
    }

    [Fact]
    public void A_department_name_naming_another_county_than_the_project_codes_warns_and_still_builds()
    {
        var document = DisclosureImporter.Read(Original("000").Replace("卢龙县人民政府办公室", "昌黎县人民政府办公室", StringComparison.Ordinal));

        document.Header.RegionCode.ShouldBe("130324"); // the 项目编码 are authoritative
        var report = Auditor.Audit(document);
        report.Findings.Select(f => f.Brief()).ShouldBe(SeedFindings.Expected["000"].Append("BDR0906 warning header.regionCode: printed 130324, expected 130322"));
        report.Findings[^1].Message.ShouldBe("部门名称 昌黎县人民政府办公室 names 130322 河北省秦皇岛市昌黎县, but the 项目编码 carry the region 130324 河北省秦皇岛市卢龙县");

        var built = PublishedFacts.Build(document);
        built.Succeeded.ShouldBeTrue();
        built.Problems[^1].ToString().ShouldStartWith("BDR0906 warning at header.regionCode: 部门名称 昌黎县人民政府办公室 names 130322");
    }
}
