using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Tables;
using F = BudgetSdk.Codes.FunctionalCode.Edition2024;
using E = BudgetSdk.Codes.DepartmentEconomicCode.Edition2024;

namespace BudgetSdk.Tests.Disclosures;

/// <summary>The README's first example builds, and gives the figures its comments state.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_builds_with_the_totals_it_comments()
    {
        // Keep in step with README.md, "A disclosure from facts".
        var result = DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2024)
            .Spend(F.行政运行_2010301, ExpenseKind.Basic, Money.FromWan(163.68m))
            .Spend(F.支付破产或改制企业职工安置费_2120809, ExpenseKind.Project, Money.FromYuan(2_600m), FundingSource.GovernmentFund)
            .Basic(E.基本工资_30101, personnel: Money.FromWan(163.68m))
            .ThreePublic(ThreePublicComponent.Reception, Money.FromWan(12.00m))
            .AddProject(new Project("13032424P00443210088K", "企业改制资金", Money.FromWan(0.26m), Money.Zero, "改制人员大病医疗保险"))
            .Build();

        result.Problems.ShouldBeEmpty();
        result.Disclosure![TableId.T3].Rows[0].Cells.Take(3).ShouldBe(new[] { 163.94m, 163.68m, 0.26m });
        File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "README.md")).ShouldContain("合计 163.94 = 基本支出 163.68 + 项目支出 0.26");
    }
}
