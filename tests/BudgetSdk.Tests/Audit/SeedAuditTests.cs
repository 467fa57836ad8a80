using BudgetSdk.Audit;
using BudgetSdk.Import;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// The acceptance of the audit: each seed as imported yields exactly its known findings (<see cref="SeedFindings"/>),
/// and nothing of error severity where the document is right.
/// </summary>
public class SeedAuditTests
{
    public static TheoryData<string> SeedIds => new(Seeds.Ids);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Each_seed_yields_exactly_its_known_findings(string seed)
    {
        var report = Auditor.Audit(DisclosureImporter.Read(File.ReadAllText(Seeds.PathOf(seed))));

        report.Findings.Select(f => f.Brief()).ShouldBe(SeedFindings.Expected[seed]);
        report.Findings.ShouldAllBe(f => f.Line > 0 && f.Message.Length > 0);
    }

    [Fact]
    public void Seed_000_left_its_three_public_totals_blank()
    {
        var report = Auditor.Audit(DisclosureImporter.Read(File.ReadAllText(Seeds.PathOf("000"))));

        report.Findings[0].Message.ShouldContain("also 一般公共预算财政拨款 printed blank, expected 15.50");
        report.ErrorCount.ShouldBe(3);
        report.WarningCount.ShouldBe(3);
    }

    [Fact]
    public void Seed_002_prints_301_a_cent_below_its_sections_in_both_columns()
    {
        var report = Auditor.Audit(DisclosureImporter.Read(File.ReadAllText(Seeds.PathOf("002"))));

        report.Findings.Single(f => f.Rule == "BDR0701").Message.ShouldContain("also 人员经费 printed 267.41, expected 267.42");
    }
}
