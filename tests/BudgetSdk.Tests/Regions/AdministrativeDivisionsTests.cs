using System.Security.Cryptography;
using BudgetSdk.Regions;

namespace BudgetSdk.Tests.Regions;

/// <summary>The shipped division codes: looked up by code and by name, and found in a department's name or a title.</summary>
public class AdministrativeDivisionsTests
{
    [Theory]
    [InlineData("望都县人民政府办公室", "130631", "望都县")]
    [InlineData("平山县下口镇财政所", "130131", "平山县")] // the township is not listed; its county is
    [InlineData("上海市普陀区财政局", "310107", "普陀区")] // not 舟山's 普陀区 330903
    [InlineData("浙江省舟山市普陀区财政局", "330903", "普陀区")]
    [InlineData("卢龙县人民政府办公室", "130324", "卢龙县")]
    [InlineData("青龙满族自治县机关事务服务中心", "130321", "青龙满族自治县")]
    [InlineData("秦皇岛市经济技术开发区财政局", "130371", "秦皇岛市经济技术开发区")] // the longest name, not 秦皇岛市 and a rest
    [InlineData("保定市财政局", "130600", "保定市")] // no county: the prefecture
    [InlineData("河北省财政厅", "130000", "河北省")]
    public void A_name_in_a_longer_text_resolves_to_its_division(string text, string code, string name)
    {
        var match = AdministrativeDivisions.Resolve(text);

        match.Division.ShouldNotBeNull().Code.ShouldBe(code);
        match.Name.ShouldBe(name);
        match.Candidates.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_name_two_divisions_share_is_ambiguous_without_a_province_or_city()
    {
        var match = AdministrativeDivisions.Resolve("普陀区财政局");

        match.IsAmbiguous.ShouldBeTrue();
        match.Division.ShouldBeNull();
        match.Name.ShouldBe("普陀区");
        match.Candidates.Select(c => c.ToString()).ShouldBe(new[] { "310107 普陀区", "330903 普陀区" });
    }

    [Fact]
    public void The_province_given_settles_a_shared_name_only_when_one_candidate_lies_in_it()
    {
        AdministrativeDivisions.Resolve("普陀区财政局", "330000").Division.ShouldNotBeNull().Code.ShouldBe("330903");
        AdministrativeDivisions.Resolve("普陀区财政局", "130000").IsAmbiguous.ShouldBeTrue();

        // 新华区 is in 石家庄, 沧州 and 平顶山: Hebei narrows it to its own two, which still leaves a choice.
        AdministrativeDivisions.Resolve("新华区财政局", "130000").Candidates.Select(c => c.Code).ShouldBe(new[] { "130105", "130902" });
        AdministrativeDivisions.Resolve("沧州市新华区财政局", "130000").Division.ShouldNotBeNull().Code.ShouldBe("130902");

        // 城区 is also a word: beside a county of the province it is no second candidate.
        AdministrativeDivisions.Resolve("灵寿县城区管理局", "130000").Division.ShouldNotBeNull().Code.ShouldBe("130126");
        AdministrativeDivisions.Resolve("灵寿县城区管理局").IsAmbiguous.ShouldBeTrue();
    }

    [Fact]
    public void A_named_province_outranks_a_county_name_it_does_not_contain()
    {
        // 东城区 is Beijing's only: under 上海市 it is no evidence, so the province stands.
        AdministrativeDivisions.Resolve("上海市东城区办事处").Division.ShouldNotBeNull().Code.ShouldBe("310000");
    }

    [Theory]
    [InlineData("机关事务服务中心")]
    [InlineData("某某县人民政府办公室")]
    [InlineData("")]
    public void A_text_naming_no_division_resolves_to_none(string text)
    {
        var match = AdministrativeDivisions.Resolve(text);

        match.IsResolved.ShouldBeFalse();
        match.IsAmbiguous.ShouldBeFalse();
        match.Candidates.ShouldBeEmpty();
        match.Name.ShouldBeNull();
    }

    [Fact]
    public void A_code_looks_up_its_division_and_where_it_lies()
    {
        var wangdu = AdministrativeDivisions.Find("130631").ShouldNotBeNull();

        wangdu.Name.ShouldBe("望都县");
        wangdu.Level.ShouldBe(DivisionLevel.County);
        wangdu.PrefectureCode.ShouldBe("130600");
        wangdu.ProvinceCode.ShouldBe("130000");
        wangdu.FullName.ShouldBe("河北省保定市望都县");
        AdministrativeDivisions.Find("310107").ShouldNotBeNull().FullName.ShouldBe("上海市普陀区"); // 市辖区 is no name
        AdministrativeDivisions.Find("130000").ShouldNotBeNull().Level.ShouldBe(DivisionLevel.Province);
        AdministrativeDivisions.Find("130600").ShouldNotBeNull().ShouldSatisfyAllConditions(
            p => p.Level.ShouldBe(DivisionLevel.Prefecture), p => p.Contains("130631").ShouldBeTrue(), p => p.Contains("130324").ShouldBeFalse());
        AdministrativeDivisions.Find("130699").ShouldBeNull();
        AdministrativeDivisions.Named("普陀区").Select(d => d.Code).ShouldBe(new[] { "310107", "330903" });
        AdministrativeDivisions.Named("下口镇").ShouldBeEmpty();
    }

    [Fact]
    public void The_embedded_data_is_the_copied_files_row_for_row()
    {
        var all = AdministrativeDivisions.All;

        all.Count(d => d.Level == DivisionLevel.Province).ShouldBe(31);
        all.Count(d => d.Level == DivisionLevel.Prefecture).ShouldBe(342);

        // 2978 rows of areas.csv, less the three prefectures without counties listed again as their own county.
        all.Count(d => d.Level == DivisionLevel.County).ShouldBe(2975);
        new[] { "441900", "442000", "460400" }.ShouldAllBe(c => AdministrativeDivisions.Find(c)!.Level == DivisionLevel.Prefecture);
        all.Select(d => d.Code).ShouldBeUnique();
    }

    [Theory]
    [InlineData("provinces.csv", "b17e76dab634e24e0f56021f15737c0a526dc7f0c4e39d21abeba5a8668383cd")]
    [InlineData("cities.csv", "a9c818e8a5120189173668b40882ce8bf59a7ec2b057c49d7a724a04bec727f2")]
    [InlineData("areas.csv", "169b8d99654c28cbd285e771e00688837f77af8d50c2b703592146388d2a99ab")]
    public void The_embedded_files_have_the_sha256_their_provenance_states(string file, string sha256)
    {
        using var stream = typeof(AdministrativeDivisions).Assembly.GetManifestResourceStream("BudgetSdk.Regions." + file).ShouldNotBeNull();

        Convert.ToHexStringLower(SHA256.HashData(stream)).ShouldBe(sha256);
        File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "src", "BudgetSdk", "Regions", "Data", "README.md")).ShouldContain(sha256);
    }
}
