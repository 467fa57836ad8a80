using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Samples;
using BudgetSdk.Tests.Disclosures;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// The seeds built anew from their printed facts (<see cref="PublishedFacts"/>): what builds gives every printed cell
/// back except the totals the publisher got wrong, and what does not build says why.
/// </summary>
public class SeedImportTests
{
    [Fact]
    public void Seed_000_rebuilt_prints_every_cell_as_published_but_the_blank_three_public_totals()
    {
        var built = PublishedFacts.Build(Read("000")).GetOrThrow();

        // The same six cells the typed facts of Lulong2024 differ in: the publisher's blanks, filled.
        var differences = PublishedComparison.Differences(built, "000");
        differences.ShouldBe(PublishedComparison.Differences(Lulong2024.Facts().Build().GetOrThrow(), "000"), ignoreOrder: true);
        differences.Count.ShouldBe(6);
        differences.ShouldAllBe(d => d.StartsWith("T9/", StringComparison.Ordinal) && d.Contains("printed blank", StringComparison.Ordinal));
        built.Warnings.Select(w => $"{w.RuleId} {w.Location}").ShouldBe(new[]
        {
            "BDR0802 projects[3].indicators[3].value",
            "BDR0804 projects[4].indicators[1].value",
            "BDR0804 projects[4].indicators[4].value",
        });
    }

    [Fact]
    public void Seed_001_builds_with_its_warnings()
    {
        var result = PublishedFacts.Build(Read("001"));

        result.Succeeded.ShouldBeTrue();
        result.Problems.Select(p => p.RuleId).ShouldBe(new[] { "BDR0804", "BDR0603" });
        result.Disclosure!.Facts.Projects.Sum(p => p.Budget.Wan).ShouldBe(427.32m);
    }

    [Fact]
    public void Seed_002_cannot_build_as_printed()
    {
        var result = PublishedFacts.Build(Read("002"));

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(p => $"{p.RuleId} {p.Location}").ShouldBe(new[]
        {
            "BDR0201 T6/合计/合计",
            "BDR0401 procurement[1].smeReserved",
        });
    }

    private static PublishedDisclosure Read(string seed) => DisclosureImporter.Read(File.ReadAllText(Seeds.PathOf(seed)));
}
