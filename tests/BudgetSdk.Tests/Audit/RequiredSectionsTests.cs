using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Rules;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// BDR0908 on mutated seeds: a section the template gives a subject must say something while its subject is not zero
/// (seed 000's 三、机关运行经费 with T6 公用经费 34.20); missing while its subject is zero (seed 001 buys nothing: its
/// 政府采购预算 is an empty table) it is a warning.
/// </summary>
public class RequiredSectionsTests
{
    private const string OperatingFunds = "三、机关运行经费安排情况";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_section_that_says_nothing_while_its_subject_is_not_zero_is_an_error_stating_the_amount(bool saysNone)
    {
        var body = saysNone ? new[] { string.Empty, "无。", string.Empty } : [];
        var finding = Findings(SeedCuts.WithSection(3, keepHeading: true, body)).ShouldHaveSingleItem();

        finding.Brief().ShouldBe($"BDR0908 error {OperatingFunds}: printed blank, expected 34.20");
        finding.Message.ShouldBe("the section says nothing, but T6/合计/公用经费 prints 34.20万元: it must state that amount");
        finding.Line.ShouldBe(408);
    }

    [Fact]
    public void A_missing_heading_while_the_subject_is_not_zero_is_an_error_stating_the_amount()
    {
        var document = DisclosureImporter.Read(SeedCuts.WithSection(3, keepHeading: false, body: null));

        document.Sections.Select(s => s.Number).ShouldBe(new[] { 1, 2, 4, 5, 6, 7, 8, 9, 10, 11 });
        var finding = Findings(document).ShouldHaveSingleItem();
        finding.Brief().ShouldBe($"BDR0908 error {OperatingFunds}: printed -, expected 34.20");
        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.ShouldContain("T6/合计/公用经费 prints 34.20万元");
    }

    /// <summary>Each section with a subject, in each seed, and the figure its table prints (each is the amount the
    /// seed's own sentence states, where the section quotes one).</summary>
    public static TheoryData<string, int, string> Subjects => new()
    {
        { "000", 2, "777.63" }, { "000", 3, "34.20" }, { "000", 4, "15.50" }, { "000", 7, "341.08" }, { "000", 8, "189.00" }, { "000", 9, "46.70" },
        { "001", 2, "976.40" }, { "001", 3, "106.29" }, { "001", 4, "31.00" }, { "001", 7, "427.32" }, { "001", 9, "7543.11" },
        { "002", 2, "1630.30" }, { "002", 3, "1019.03" }, { "002", 4, "1.30" }, { "002", 7, "336.11" }, { "002", 8, "772.85" }, { "002", 9, "15210.53" },
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Any_heading_with_a_subject_removed_from_any_seed_is_one_error_stating_its_figure(string seed, int section, string amount)
    {
        var label = SeedCuts.HeadingOf(section);

        var finding = Findings(SeedCuts.WithSection(seed, section, keepHeading: false, body: null)).ShouldHaveSingleItem();

        finding.Brief().ShouldBe($"BDR0908 error {label}: printed -, expected {amount}");
        if (section is 2 or 3 or 4 or 7)
        {
            // 八 and 九 hold their schedules, which go with their body.
            Findings(SeedCuts.WithSection(seed, section, keepHeading: true, body: [])).ShouldHaveSingleItem().Brief()
                .ShouldBe($"BDR0908 error {label}: printed blank, expected {amount}");
        }
    }

    [Fact]
    public void A_missing_heading_whose_subject_is_zero_is_a_warning()
    {
        var lines = BudgetSdk.Tests.Seeds.ReadLines("001").ToList();
        var heading = lines.IndexOf(" 八、政府采购预算情况");
        heading.ShouldBeGreaterThan(0);
        lines.RemoveAt(heading);

        var finding = Findings(string.Join('\n', lines)).ShouldHaveSingleItem();

        finding.Brief().ShouldBe("BDR0908 warning 八、政府采购预算情况: printed -, expected -");
        finding.Message.ShouldStartWith("the heading is missing; Procurement/合计/合计 prints 0.00万元, so the section would say 无");
    }

    [Fact]
    public void A_section_that_says_无_about_a_zero_subject_is_right()
    {
        var lines = BudgetSdk.Tests.Seeds.ReadLines("001").ToList();
        var start = lines.IndexOf(" 八、政府采购预算情况");
        var end = lines.IndexOf("九、国有资产信息");
        lines.RemoveRange(start + 1, end - start - 1);
        lines.Insert(start + 1, "无。");

        var document = DisclosureImporter.Read(string.Join('\n', lines));

        document.Sections.Single(s => s.Number == 8).IsEmpty.ShouldBeTrue();
        Findings(document).ShouldBeEmpty();
    }

    /// <summary>000 prints 六、部门主管专项资金 with a bare 无。, 001 and 002 with nothing under it: 六 has no subject.</summary>
    [Fact]
    public void The_seeds_print_every_section_and_only_sections_without_a_subject_are_empty()
    {
        foreach (var id in BudgetSdk.Tests.Seeds.Ids)
        {
            var sections = BudgetSdk.Tests.Import.Seeds.SeedDisclosures.Of(id).Sections;
            sections.Select(s => s.Number).ShouldBe(Enumerable.Range(1, 11), id);
            sections.Where(s => s.IsEmpty).Select(s => s.Number).ShouldBe(new[] { 6 }, id);
        }
    }

    private static IEnumerable<Finding> Findings(string text) => Findings(DisclosureImporter.Read(text));

    private static IEnumerable<Finding> Findings(PublishedDisclosure document) => Auditor.Audit(document).Findings.Where(f => f.Rule == "BDR0908");
}
