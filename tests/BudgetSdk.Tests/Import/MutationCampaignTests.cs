using BudgetSdk.Testing;

namespace BudgetSdk.Tests.Import;

/// <summary>
/// A small bounded mutation campaign on the seeds (docs/robustness.md has the means to run a large one): no mutated
/// document ends in an exception other than DisclosureImportException, and each reads and audits the same twice, the
/// second time under another culture. No time budget here: the unit tests assert no times.
/// </summary>
public class MutationCampaignTests
{
    private static readonly string[] SeedTexts = BudgetSdk.Tests.Seeds.Ids.Select(id => File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf(id))).ToArray();

    [Fact]
    public void A_hundred_mutated_seeds_give_a_reading_or_a_reason_the_same_way_twice()
    {
        var result = MutationCampaign.Run(SeedTexts, runs: 100, campaignSeed: 2026, budget: TimeSpan.MaxValue);

        result.Problems.ShouldBeEmpty();
        result.Runs.ShouldBe(100);

        // Both outcomes occur, so the campaign tries documents the importer reads as well as ones it refuses.
        result.Refused.ShouldBeInRange(1, 99);
    }

    [Fact]
    public void A_run_is_reproduced_by_its_campaign_seed_and_number()
    {
        MutationCampaign.Mutate(SeedTexts, 7, 42).ShouldBe(MutationCampaign.Mutate(SeedTexts, 7, 42));
        MutationCampaign.Mutate(SeedTexts, 7, 42).Text.ShouldNotBe(MutationCampaign.Mutate(SeedTexts, 7, 43).Text);
    }
}
