using BudgetSdk.Codes;

namespace BudgetSdk.Tests.Lookups;

/// <summary>The code-list changes the schema ships from public sources (schema/2024/functional-changes.budget.json) and the
/// codes added to the 2023 lists from documents that print them: each in its edition, with its source.</summary>
public class EditionChangesTests
{
    [Theory]
    [InlineData("20139", "社会工作事务")]
    [InlineData("2013999", "其他社会工作事务支出")]
    [InlineData("22006", "耕地保护考核奖惩基金支出")]
    [InlineData("2300412", "自然资源海洋气象等")]
    public void A_code_the_2024_edition_adds_is_in_2024_under_its_parent_and_not_in_2023(string code, string name)
    {
        var added = FunctionalCode.ForEdition(2024).Get(code);

        added.Name.ShouldBe(name);
        added.Notes.ShouldNotBeNullOrWhiteSpace();
        added.Parent.ShouldNotBeNull().Code.ShouldBe(code[..^2]);
        FunctionalCode.ForEdition(2023).TryParse(code, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2089999", "其他社会保障和就业支出")]
    [InlineData("2109999", "其他卫生健康支出")]
    public void A_code_documents_print_that_the_first_transcription_lacked_is_in_2023_with_its_source(string code, string name)
    {
        var missing = FunctionalCode.ForEdition(2023).Get(code);

        (missing.Name, missing.Parent?.Code).ShouldBe((name, code[..5]));
        missing.Notes.ShouldNotBeNull().ShouldContain("zxj6827111-blip/tianbaoxitong");
        FunctionalCode.ForEdition(2024).Get(code).Name.ShouldBe(name);
    }

    [Fact]
    public void The_economic_list_has_30311_with_its_source()
        => DepartmentEconomicCode.ForEdition(2023).Get("30311").Notes.ShouldNotBeNull().ShouldContain("GovBudgetChecker");
}
