using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// <see cref="PublishedFacts.ToFacts"/> recovers facts from printed tables that give every printed cell back: the
/// split of money by kind, source and carry-over is not printed, but any split that gives the margins back does.
/// </summary>
public class PublishedFactsTests
{
    public static TheoryData<string> Disclosures => new() { "Lulong2024", "Qinglong2024" };

    [Theory]
    [MemberData(nameof(Disclosures))]
    public void The_facts_of_a_printed_disclosure_build_the_same_tables(string name)
    {
        var original = Original(name);

        var built = Rebuild(PrintedFromDerived.Of(original));

        built.Tables.Select(t => t.Id).ShouldBe(original.Tables.Select(t => t.Id));
        foreach (var table in original.Tables)
        {
            built[table.Id].Rows.ShouldBe(table.Rows, $"{table.Id} differs");
        }

        built.Facts.Projects.Select(p => (p.Code, p.Budget)).ShouldBe(original.Facts.Projects.Select(p => (p.Code, p.Budget)));
        built.Facts.Assets.ShouldBe(original.Facts.Assets);
    }

    [Fact]
    public void Carry_over_comes_from_project_spending_first_up_to_each_funds_carry_over()
    {
        var facts = PublishedFacts.ToFacts(PrintedFromDerived.Of(Original("Qinglong2024")));

        var carried = facts.Spending.Where(s => s.CarriedOver).Select(s => (s.Code.Code, s.Kind, s.Amount.Wan)).ToArray();

        carried.ShouldBe(new[]
        {
            ("2010303", Facts.ExpenseKind.Project, 129.43m),
            ("2010303", Facts.ExpenseKind.Basic, 259.38m),
            ("2010305", Facts.ExpenseKind.Project, 2.57m),
            ("2010399", Facts.ExpenseKind.Project, 0.11m),
        });
    }

    [Fact]
    public void Blank_printed_totals_are_no_facts()
    {
        var document = PrintedFromDerived.Of(Original("Lulong2024"))
            .WithCell(TableId.T9, "合计", "合计", null)
            .WithCell(TableId.T9, "“三公”经费小计", "合计", null);

        Rebuild(document)[TableId.T9].Rows.ShouldBe(Original("Lulong2024")[TableId.T9].Rows);
    }

    [Fact]
    public void A_code_the_edition_does_not_have_is_refused_with_its_place()
    {
        var document = PrintedFromDerived.Of(Original("Lulong2024"));
        var t3 = document.Table(TableId.T3)!;
        var broken = document.With(tables: document.Tables.Select(t => t != t3 ? t : t with
        {
            Rows = t.Rows.Select(r => r.Code == "2010350" ? r with { Code = "2010398" } : r).ToArray(),
        }).ToArray());

        var refused = Should.Throw<DisclosureValidationException>(() => PublishedFacts.ToFacts(broken));

        refused.Problems.ShouldHaveSingleItem().Location.ShouldBe("T3/2010398/合计");
        refused.Problems[0].RuleId.ShouldBe("BDR0101");
    }

    private static Disclosure Original(string name) => (name == "Lulong2024" ? Lulong2024.Facts() : Qinglong2024.InYuan()).Build().GetOrThrow();

    private static Disclosure Rebuild(PublishedDisclosure document) => PublishedFacts.Build(document).GetOrThrow();
}
