using BudgetSdk.Amounts;
using BudgetSdk.Audit;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Rendering;
using BudgetSdk.Rules;
using BudgetSdk.Tests.Rendering.RoundTrip;
using F = BudgetSdk.Codes.FunctionalCode.Edition2023;
using E = BudgetSdk.Codes.DepartmentEconomicCode.Edition2023;

namespace BudgetSdk.Tests.Rules;

/// <summary>
/// The 2023 form may print no 项目编码 (template part <c>project-header</c>, field <c>code</c> keyed optional), so a
/// project without one is a correct 2023 disclosure, and such a document imports; the 2024 form prints every code, so
/// there the same project breaks BDR0301.
/// </summary>
public class UncodedProjectTests
{
    private static DisclosureBuilder Facts(int year) => DisclosureBuilder.For("130324", "434", "卢龙县测试部门", year)
        .Spend(F.行政运行_2010301, ExpenseKind.Basic, Money.FromWan(10.00m))
        .Spend(F.一般行政管理事务_2010302, ExpenseKind.Project, Money.FromWan(25.00m))
        .Basic(E.基本工资_30101, personnel: Money.FromWan(10.00m))
        .AddProject(new Project(string.Empty, "综合事务经费", Money.FromWan(25.00m), Money.Zero, "日常综合事务"));

    [Fact]
    public void A_2023_project_without_a_code_builds()
    {
        var result = Facts(2023).Build();

        result.Problems.ShouldBeEmpty();
        result.Disclosure!.Facts.Projects.ShouldHaveSingleItem().Code.ShouldBe(string.Empty);
    }

    [Fact]
    public void A_2024_project_without_a_code_breaks_BDR0301()
    {
        var facts = Facts(2023).Facts with { Header = Facts(2023).Header with { Year = 2024 }, Edition = 2023 };

        var problem = DisclosureAssembler.Build(facts, BuildSettings.Default).Errors.ShouldHaveSingleItem();

        (problem.RuleId, problem.Location).ShouldBe(("BDR0301", "projects[0].code"));
    }

    [Theory]
    [InlineData(TextFormat.TabSeparated)]
    [InlineData(TextFormat.SpaceSeparated)]
    [InlineData(TextFormat.DocxCells)]
    public void A_2023_document_whose_projects_print_no_code_imports(TextFormat format)
    {
        var disclosure = Facts(2023).Build().GetOrThrow();
        RoundTripCheck.Differences(disclosure, format).ShouldBeEmpty();

        var read = DisclosureImporter.Read(DisclosureTextWriter.Write(disclosure, format));
        var imported = PublishedFacts.Build(read);

        imported.Problems.Where(p => p.Severity == Severity.Error).ShouldBeEmpty();
        var project = imported.Disclosure!.Facts.Projects.ShouldHaveSingleItem();
        (project.Code, project.Name, project.Budget).ShouldBe((string.Empty, "综合事务经费", Money.FromWan(25.00m)));
    }
}
