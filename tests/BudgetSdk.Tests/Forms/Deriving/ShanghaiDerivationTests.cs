using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms.Deriving;

/// <summary>
/// 上海市普陀区财政局 2025: its facts (read from its tables) derived with Shanghai's form give every printed cell of its nine
/// tables, as the list written by reading its PDF (Forms/Expected/sh-putuo-finance-2025.cells.txt) has them.
/// </summary>
public class ShanghaiDerivationTests
{
    [Fact]
    public void Every_printed_cell_of_the_finance_bureau_2025_derives_from_its_facts()
    {
        // The list written by reading the PDF, which the reader's test compares with its reading too.
        var list = ExpectedCells.Parse(File.ReadAllLines(Path.Combine(Seeds.RepositoryRoot, "tests", "BudgetSdk.Tests", "Forms", "Expected", "sh-putuo-finance-2025.cells.txt")));
        var document = Derive();

        var differences = ExpectedCells.Compare(list, ExpectedCells.Render(document));

        // The one difference is the document's own defect: it prints t6's note (政府性基金) under t7, which the audit, not
        // the builder, reports; the builder prints the form's note for t7.
        differences.ShouldBe(["line 101: expected `note | 注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。`, read `note | 注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。`"]);
        document.Table("t3")!.Title.ShouldBe("2025年部门支出预算总表");
    }

    [Fact]
    public void The_builders_rules_pass_the_finance_bureau_on_the_form_path_though_Hebeis_path_rejects_it()
    {
        var builder = PutuoFinance2025.Builder();

        var hebei = builder.Build();
        var form = FormBuild.Run(builder.Facts, ShanghaiForm);

        hebei.Succeeded.ShouldBeFalse();
        form.Problems.Where(p => p.Severity == BudgetSdk.Rules.Severity.Error).ShouldBeEmpty();
        form.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_fact_the_rules_reject_gives_problems_and_no_document()
    {
        var facts = PutuoFinance2025.Builder().Facts;
        var broken = facts with { BasicExpenditures = facts.BasicExpenditures.Skip(1).ToArray() };

        var result = FormBuild.Run(broken, ShanghaiForm);

        result.Succeeded.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.Location == "T6/合计/合计");
    }

    [Fact]
    public void A_unit_budget_of_basic_spending_not_split_into_personnel_and_public_use_is_a_problem_per_fact()
    {
        var facts = PutuoFinance2025.Builder().Facts;

        var result = FormBuild.Run(facts, ShanghaiForm, "unit");

        result.Succeeded.ShouldBeFalse();
        var unsplit = result.Problems.Where(p => p.Location.StartsWith("spending/", StringComparison.Ordinal)).ToArray();
        unsplit.Length.ShouldBe(facts.Spending.Count(s => s.Kind == BudgetSdk.Facts.ExpenseKind.Basic));
        unsplit[0].Message.ShouldContain("prints 基本支出 by function as 人员经费 and 公用经费 (t1.expense.personnel)");
        FormBuild.Run(facts, ShanghaiForm, "department").Succeeded.ShouldBeTrue();
    }

    internal static BudgetSdk.Forms.Model.FormTemplate ShanghaiForm => FormCatalog.Shipped.Select("310107", 2025)!;

    internal static FormDocument Derive() => FormDerivation.Derive(PutuoFinance2025.Builder().Facts, ShanghaiForm);
}
