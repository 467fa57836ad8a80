using BudgetSdk.Audit;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Checking;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Reading;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Forms.Writing;
using BudgetSdk.Tests.Disclosures;
using BudgetSdk.Tests.Import.Seeds;
using BudgetSdk.Tests.Rules;

namespace BudgetSdk.Tests.Forms.Hebei;

/// <summary>
/// Hebei's form as data (schema/forms/hebei-*.budget.json) derives every cell that <see cref="DisclosureBuilder"/>'s nine
/// tables in code derive, from the same facts: the seeds' facts as the Hebei importer reads them, and random Hebei facts of
/// the three seed counties, 2023 and 2024.
/// </summary>
public class HebeiFormDerivationTests
{
    /// <summary>Seeds whose imported facts the builder builds (002's are refused: its 301 row and a 中小微企业 share, see
    /// <c>SeedImportTests</c>; its typed facts <see cref="Qinglong2024.InYuan"/> stand in for it).</summary>
    /// <summary>With the number of cells compared: every amount column of every row of the nine tables.</summary>
    public static TheoryData<string, int> BuildingSeeds => new() { { "000", 712 }, { "001", 596 } };

    /// <summary>Seeds 1–100 of the random Hebei fixtures: whole documents of the three seed counties, 2023 and 2024
    /// (<see cref="RandomDisclosures.Complete"/>), and facts with carry-over and every kind of non-fiscal money
    /// (<see cref="RandomDisclosures.Facts"/>).</summary>
    public static TheoryData<int, bool> RandomCases()
    {
        var data = new TheoryData<int, bool>();
        foreach (var seed in Enumerable.Range(1, 100))
        {
            data.Add(seed, true);
            data.Add(seed, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuildingSeeds))]
    public void A_seeds_imported_facts_derive_in_the_form_every_cell_the_code_derives(string seed, int compared)
    {
        var facts = PublishedFacts.ToFacts(SeedDisclosures.Of(seed));

        var (differences, cells) = Compare(facts);

        differences.ShouldBeEmpty();
        cells.ShouldBe(compared);
    }

    [Fact]
    public void Seed_002s_facts_derive_in_the_form_of_青龙满族自治县_every_cell_the_code_derives()
    {
        var facts = Qinglong2024.InYuan().Facts;

        var (differences, cells) = Compare(facts);

        Form(facts).Id.ShouldBe("hebei-2024-qinglong");
        differences.ShouldBeEmpty();
        cells.ShouldBe(709);
    }

    [Fact]
    public void Seed_001_takes_望都县s_form_and_seed_000_河北省s()
    {
        Form(PublishedFacts.ToFacts(SeedDisclosures.Of("001"))).Id.ShouldBe("hebei-2024-wangdu");
        Form(PublishedFacts.ToFacts(SeedDisclosures.Of("000"))).Id.ShouldBe("hebei-2024");
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Random_facts_derive_in_the_form_every_cell_the_code_derives(int seed, bool complete)
    {
        var facts = (complete ? RandomDisclosures.Complete(seed) : RandomDisclosures.Facts(seed)).Facts;

        var (differences, _) = Compare(facts);

        differences.ShouldBeEmpty($"seed {seed}: {facts.Header.RegionCode} {facts.Header.Year}");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void A_seeds_document_in_the_form_prints_reads_back_equal_and_audits_without_error(string seed)
    {
        var facts = seed == "002" ? Qinglong2024.InYuan().Facts : PublishedFacts.ToFacts(SeedDisclosures.Of(seed));
        var document = FormDerivation.Derive(facts, Form(facts), "department");

        var read = FormReader.Read(LayoutWriter.Write(document));

        read.Form.ShouldBeSameAs(document.Form);
        read.Header.DepartmentCode.ShouldBe(facts.Header.DepartmentCode);
        ExpectedCells.Render(read).ShouldBe(ExpectedCells.Render(document));
        FormAuditor.Audit(read).Where(f => f.Severity == BudgetSdk.Rules.Severity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void A_wrong_amount_in_the_form_derivation_is_a_difference()
    {
        // The comparison can fail: one cell changed in the form's document shows, with its place.
        var facts = PublishedFacts.ToFacts(SeedDisclosures.Of("000"));
        var built = DisclosureBuilder.Build(facts).GetOrThrow();
        var derived = FormDerivation.Derive(facts, Form(facts), "department");
        var changed = BudgetSdk.Tests.Forms.Facts.FormFactsFixtures.WithCell(derived, "t3", "2010301", "total", 267.59m);

        HebeiCells.Compare(built, changed).Differences.ShouldBe(["T3/main/2010301/total: 267.58 in code, 267.59 from the form"]);
    }

    private static FormTemplate Form(DisclosureFacts facts)
        => FormCatalog.Shipped.Select(facts.Header.RegionCode, facts.Header.Year).ShouldNotBeNull();

    private static (List<string> Differences, int Cells) Compare(DisclosureFacts facts)
    {
        var built = DisclosureBuilder.Build(facts).GetOrThrow();
        return HebeiCells.Compare(built, FormDerivation.Derive(facts, Form(facts), "department"));
    }
}
