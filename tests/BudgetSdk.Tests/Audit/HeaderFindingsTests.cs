using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Tests.Regions;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// What the import refuses for want of a region (BDR0001) or a department code (BDR0002) the audit reports as errors
/// too, so that a document the importer could not make sense of never audits clean.
/// </summary>
public class HeaderFindingsTests
{
    public static TheoryData<string, string> Mutations => new()
    {
        { "000", "tabs" }, { "001", "tabs" }, { "002", "tabs" },
        { "000", "shuffled" }, { "001", "shuffled" }, { "002", "shuffled" },
    };

    [Fact]
    public void Seed_002_with_its_tabs_turned_to_semicolons_loses_its_department_code_and_audits_with_BDR0002()
    {
        var document = DisclosureImporter.Read(SeedMutations.TabsAsSemicolons("002"));

        document.Header.DepartmentCode.ShouldBeEmpty();
        document.Header.RegionCode.ShouldBe("130321"); // named by 青龙满族自治县机关事务服务中心
        var report = Auditor.Audit(document);
        report.Findings.Select(f => f.Brief()).ShouldBe(new[] { "BDR0002 error header.departmentCode: printed blank, expected 3 digits, e.g. 434" });
        report.Findings[0].Line.ShouldNotBeNull().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_header_without_a_region_audits_with_BDR0001()
    {
        var read = DisclosureImporter.Read(SeedMutations.Original("000"));
        var document = new PublishedDisclosure
        {
            Format = read.Format,
            Header = read.Header with { RegionCode = string.Empty },
            Tables = read.Tables,
            QuotedAmounts = read.QuotedAmounts,
            Projects = read.Projects,
        };

        var report = Auditor.Audit(document);

        report.Findings.Select(f => f.Brief()).ShouldContain("BDR0001 error header.regionCode: printed blank, expected 6 digits, e.g. 130324");
        report.ErrorCount.ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void A_seed_scrambled_beyond_sense_is_refused_or_audits_with_errors(string seed, string mutation)
    {
        var text = mutation == "tabs" ? SeedMutations.TabsAsSemicolons(seed) : SeedMutations.LinesShuffled(seed);
        PublishedDisclosure document;
        try
        {
            document = DisclosureImporter.Read(text);
        }
        catch (DisclosureImportException e)
        {
            // A clean refusal (exit 2) is a right answer too; what must never happen is a clean audit.
            e.Message.ShouldNotBeNullOrWhiteSpace();
            return;
        }

        Auditor.Audit(document).ErrorCount.ShouldBeGreaterThan(0);
    }
}
