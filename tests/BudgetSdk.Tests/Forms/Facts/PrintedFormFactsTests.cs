using BudgetSdk.Facts;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Facts;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms.Facts;

/// <summary>A printed form document's facts: found from its cells, derived back by its own form, contradictions one line each.</summary>
public class PrintedFormFactsTests
{
    private static readonly BudgetSdk.Forms.Model.FormTemplate Shanghai = FormCatalog.Shipped.Select("310107", 2025)!;

    [Fact]
    public void A_derived_shanghai_document_gives_back_its_facts_and_every_cell()
    {
        var facts = FormFactsFixtures.Putuo();
        var document = FormDerivation.Derive(facts, Shanghai);

        var result = PrintedFormFacts.Reconstruct(document);

        result.Contradictions.ShouldBeEmpty();
        result.Choices.ShouldBeEmpty();
        result.Differences.ShouldBeEmpty();
        result.Consistent.ShouldBeTrue();
        result.CellsCompared.ShouldBe(document.Tables.Sum(t => t.Sides.Sum(s => s.Rows.Count * s.Columns.Count)));
        result.Facts.Header.ShouldBe(facts.Header);
        result.Facts.Spending.ShouldBe(facts.Spending);
        result.Facts.BasicExpenditures.ShouldBe(facts.BasicExpenditures);
        result.Facts.ThreePublic.ShouldBe(facts.ThreePublic);
    }

    [Fact]
    public void One_edited_cell_is_one_line_naming_it_and_the_cells_that_contradict_it()
    {
        var document = FormDerivation.Derive(FormFactsFixtures.Putuo(), Shanghai);
        var edited = FormFactsFixtures.WithCell(document, "t3", "2010601", "basic", 1_000_100.00m);

        var result = PrintedFormFacts.Reconstruct(edited);

        result.Facts.ShouldBeNull();
        result.Consistent.ShouldBeFalse();
        result.Contradictions.ShouldBe(["t3/2010601/basic 1000100.00 but t5/2010601/basic give 1000000.00"]);
    }

    [Fact]
    public void A_cell_of_a_two_sided_table_is_named_with_its_side()
    {
        var document = FormDerivation.Derive(FormFactsFixtures.Putuo(), Shanghai);
        var edited = FormFactsFixtures.WithCell(document, "t1", "business", "amount", 60_000.00m);

        var result = PrintedFormFacts.Reconstruct(edited);

        result.Facts.ShouldBeNull();
        result.Contradictions.ShouldContain(c => c.StartsWith("t1/income/business/amount 60000.00 but ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_split_no_table_gives_is_chosen_by_the_documented_rule_and_said()
    {
        // Two non-fiscal sources on one code, each with 基本 and 项目: T2 gives each source, T3 each kind, nothing the four.
        var facts = FormFactsFixtures.Putuo();
        var code = facts.Spending[0].Code;
        facts = facts with
        {
            Spending = [.. facts.Spending,
                new Spending(code, ExpenseKind.Basic, FundingSource.BusinessIncome, BudgetSdk.Amounts.Money.FromYuan(10m)),
                new Spending(code, ExpenseKind.Project, FundingSource.BusinessIncome, BudgetSdk.Amounts.Money.FromYuan(20m)),
                new Spending(code, ExpenseKind.Basic, FundingSource.OperatingIncome, BudgetSdk.Amounts.Money.FromYuan(30m)),
                new Spending(code, ExpenseKind.Project, FundingSource.OperatingIncome, BudgetSdk.Amounts.Money.FromYuan(40m))],
        };
        var document = FormDerivation.Derive(facts, Shanghai);

        var result = PrintedFormFacts.Reconstruct(document);

        result.Consistent.ShouldBeTrue(string.Join("\n", result.Contradictions.Concat(result.Differences.Select(d => d.ToString()))));
        result.Choices.ShouldBe(["2010601 基本支出 事业收入 = 30.00 Yuan: no printed cell fixes it alone; as the first open amount (code, kind, fund order) it takes what t2/2010601/business leaves"]);
        FormFactsFixtures.Cells(FormDerivation.Derive(result.Facts, Shanghai)).ShouldBe(FormFactsFixtures.Cells(document));
    }

    [Fact]
    public void A_code_the_years_code_lists_lack_is_a_reason_not_an_exception()
    {
        var document = FormDerivation.Derive(FormFactsFixtures.Putuo(), Shanghai);
        var t3 = document.Table("t3")!;
        var side = t3.Sides[0];
        var renamed = t3 with { Sides = [side with { Rows = side.Rows.Select(r => r.Id == "2010601" ? r with { Id = "2010688" } : r).ToArray() }] };
        document = document with { Tables = document.Tables.Select(t => t.TableId == "t3" ? renamed : t).ToArray() };

        var result = PrintedFormFacts.Reconstruct(document);

        result.Facts.ShouldBeNull();
        result.Contradictions.ShouldContain(c => c.StartsWith("t3/2010688: code 2010688 is not in the ", StringComparison.Ordinal));
    }

    // Seeded random facts over every form and kind: FormRoundTripTests.Derived_reconstructed_and_derived_again_gives_the_same_document.
}
