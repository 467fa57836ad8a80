using BudgetSdk.Codes;
using BudgetSdk.Rules;

namespace BudgetSdk.Tests;

/// <summary>Finding codes by name and by name path; generated named members.</summary>
public class NameLookupTests
{
    private static CodeCatalog<FunctionalCode> Functional => FunctionalCode.Edition2024.Catalog;

    private static CodeCatalog<DepartmentEconomicCode> Economic => DepartmentEconomicCode.Edition2024.Catalog;

    [Fact]
    public void Names_are_not_unique_and_FindByName_returns_every_code_in_code_order()
    {
        var found = Functional.FindByName("行政运行");

        found.ShouldContain(Functional.Get("2010101"));
        found.ShouldContain(Functional.Get("2010301"));
        found.Count.ShouldBeGreaterThan(2);
        found.ShouldAllBe(c => c.Name == "行政运行");
        found.Select(c => c.Code).ShouldBe(found.Select(c => c.Code).Order(StringComparer.Ordinal));
        found.Count.ShouldBe(Functional.Count(c => c.Name == "行政运行"));
    }

    [Fact]
    public void A_section_and_an_item_can_share_a_name()
    {
        var found = Functional.FindByName("其他科学技术支出").Select(c => c.Code).ToList();

        found.ShouldContain("20699");
        found.ShouldContain("2069999");
    }

    [Theory]
    [InlineData("政府办公厅(室)及相关机构事务")]
    [InlineData("政府办公厅（室）及相关机构事务")]
    [InlineData("政府办公厅（室)及相关机构事务")]
    [InlineData("政府办公厅 （室） 及相关\n机构事务")]
    public void Brackets_of_either_width_and_wrapping_white_space_are_alike_for_functional_names(string printed)
    {
        var section = Functional.Get("20103");

        Functional.FindByName(printed).ShouldBe([section]);
        section.IsNamed(printed).ShouldBeTrue();
    }

    [Theory]
    [InlineData("维修(护)费")]
    [InlineData("维修（护）费")]
    public void Brackets_of_either_width_are_alike_for_economic_names(string printed)
    {
        var section = Economic.Get("30213");

        Economic.FindByName(printed).ShouldBe([section]);
        section.IsNamed(printed).ShouldBeTrue();
    }

    [Fact]
    public void An_unknown_name_finds_nothing()
    {
        Functional.FindByName("不存在的科目").ShouldBeEmpty();
        Functional.Get("20103").IsNamed("政府办公厅").ShouldBeFalse();
        Economic.FindByName("维修护费").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行")]
    [InlineData("一般公共服务支出/政府办公厅(室)及相关机构事务/行政运行")]
    [InlineData(" 一般公共服务支出 / 政府办公厅(室)及相关机构事务 / 行政运行 ")]
    [InlineData("一般公共服务支出›政府办公厅（室）及相关机构事务›行政运行")]
    public void A_name_path_string_finds_the_code(string path)
    {
        Functional.TryFindByNamePath(path, out var found).ShouldBeTrue();
        found.ShouldBeSameAs(Functional.Get("2010301"));
    }

    [Fact]
    public void A_name_path_sequence_finds_the_code()
    {
        IEnumerable<string> path = new List<string> { "一般公共服务支出", "政府办公厅(室)及相关机构事务", "行政运行" };
        Functional.TryFindByNamePath(path, out var item).ShouldBeTrue();
        item.ShouldBeSameAs(Functional.Get("2010301"));

        Functional.TryFindByNamePath(["一般公共服务支出", "人大事务", "行政运行"], out var other).ShouldBeTrue();
        other.ShouldBeSameAs(Functional.Get("2010101"));

        Functional.TryFindByNamePath(["一般公共服务支出"], out var root).ShouldBeTrue();
        root.ShouldBeSameAs(Functional.Get("201"));

        Economic.TryFindByNamePath(["商品和服务支出", "维修(护)费"], out var economic).ShouldBeTrue();
        economic.ShouldBeSameAs(Economic.Get("30213"));
    }

    [Fact]
    public void Every_code_is_found_by_its_own_name_path()
    {
        var missed = Functional.Where(c => !Functional.TryFindByNamePath(c.NamePath, out var found) || !ReferenceEquals(found, c)).ToList();
        missed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("一般公共服务支出/人大事务/参事事务")]
    [InlineData("政府办公厅（室）及相关机构事务/行政运行")]
    [InlineData("一般公共服务支出/政府办公厅（室）及相关机构事务/不存在")]
    [InlineData("行政运行")]
    [InlineData("")]
    [InlineData("/")]
    public void A_wrong_name_path_is_not_found(string path)
    {
        Functional.TryFindByNamePath(path, out var found).ShouldBeFalse();
        found.ShouldBeNull();
    }

    [Fact]
    public void An_empty_name_path_sequence_is_not_found()
    {
        Functional.TryFindByNamePath(Array.Empty<string>(), out var found).ShouldBeFalse();
        found.ShouldBeNull();
    }

    [Fact]
    public void Generated_named_member_is_the_parsed_instance()
    {
        var member = FunctionalCode.Edition2024.行政运行_2010301;

        member.ShouldBeSameAs(FunctionalCode.Parse("2010301"));
        member.ShouldBeSameAs(FunctionalCode.Edition2024.Catalog.Get("2010301"));
        member.Code.ShouldBe("2010301");
        member.Name.ShouldBe("行政运行");
        member.Level.ShouldBe(CodeLevel.Item);
        member.NamePath.ShouldBe(["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"]);
        member.ToString().ShouldBe("2010301 行政运行");
    }

    [Fact]
    public void Generated_named_members_of_other_editions_and_systems_are_their_catalog_instances()
    {
        FunctionalCode.Edition2023.行政运行_2010301.ShouldBeSameAs(FunctionalCode.Edition2023.Catalog.Get("2010301"));
        FunctionalCode.Edition2023.行政运行_2010301.ShouldNotBeSameAs(FunctionalCode.Edition2024.行政运行_2010301);
        FunctionalCode.Edition2024.行政运行_2010101.ShouldBeSameAs(FunctionalCode.Parse("2010101"));
        DepartmentEconomicCode.Edition2024.维修护费_30213.ShouldBeSameAs(DepartmentEconomicCode.Parse("30213"));
        DepartmentEconomicCode.Edition2024.维修护费_30213.Name.ShouldBe("维修（护）费");
    }
}
