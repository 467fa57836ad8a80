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

/// <summary>
/// The editions older than every complete list (2017, 2019): each is the 2023 list plus the codes documents of its year print
/// and the 2023 list lacks, so a Jiangsu 2017 or 2019 document's codes are codes of its own year.
/// </summary>
public class OlderEditionTests
{
    [Theory]
    [InlineData(2017)]
    [InlineData(2019)]
    public void An_older_edition_is_the_2023_list_plus_the_codes_its_documents_print(int edition)
    {
        var older = FunctionalCode.ForEdition(edition);
        var current = FunctionalCode.ForEdition(2023);

        older.BasedOn.ShouldBe(2023);
        older.Select(c => c.Code).Except(current.Select(c => c.Code)).ShouldBe(["2080504"]);
        current.Select(c => c.Code).Except(older.Select(c => c.Code)).ShouldBeEmpty();
        var retired = older.Get("2080504");
        (retired.Name, retired.Parent?.Code).ShouldBe(("未归口管理的行政单位离退休", "20805"));
        retired.Notes.ShouldNotBeNull().ShouldContain("ae86jack/open-budget");
    }

    [Fact]
    public void The_2017_economic_list_has_the_codes_of_before_2018()
    {
        var older = DepartmentEconomicCode.ForEdition(2017);

        older.Select(c => c.Code).Except(DepartmentEconomicCode.ForEdition(2023).Select(c => c.Code)).ShouldBe(["30104", "30312"]);
        older.Get("30312").Name.ShouldBe("提租补贴");
        DepartmentEconomicCode.ForEdition(2019).TryParse("30104", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(2016, 2017)]
    [InlineData(2018, 2017)]
    [InlineData(2019, 2019)]
    [InlineData(2022, 2019)]
    [InlineData(2023, 2023)]
    public void A_year_is_read_by_the_newest_edition_not_after_it(int year, int edition)
        => EditionInForce.Functional(year).ShouldNotBeNull().Edition.ShouldBe(edition);
}
