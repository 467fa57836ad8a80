using BudgetSdk.Codes;
using BudgetSdk.Import;
using BudgetSdk.Templates;

namespace BudgetSdk.Tests;

/// <summary>
/// The keys of the template parts: the runtime looks them up by name, so every key must come from the vocabulary
/// of its part (written out here, independently of the schema), and the keys must add up as the tables do.
/// </summary>
public class TemplateKeyTests
{
    private static readonly string[] FundingSources =
    [
        "GeneralPublicBudget", "GovernmentFund", "StateCapital", "FiscalSpecialAccount", "BusinessIncome",
        "OperatingIncome", "SuperiorSubsidy", "AffiliatedRemittance", "OtherIncome",
    ];

    private static readonly string[] FiscalFunds = ["GeneralPublicBudget", "GovernmentFund", "StateCapital"];

    private static readonly string[] ThreePublic = ["OverseasTravel", "OverseasTravelAcademic", "VehiclePurchase", "VehicleOperation", "Reception"];

    private static readonly string[] CarryOvers = ["CarryOver", "FiscalCarryOver", "NonFiscalCarryOver"];

    /// <summary>The subject a section must state (BDR0908), as the sections part keys it after the S-number.</summary>
    private static readonly Dictionary<string, string> SectionSubjects = new()
    {
        ["S2"] = QuotedSubjects.Expense, ["S3"] = QuotedSubjects.OperatingFunds, ["S4"] = QuotedSubjects.ThreePublic,
        ["S7"] = QuotedSubjects.Project, ["S8"] = QuotedSubjects.Procurement, ["S9"] = QuotedSubjects.Assets,
    };

    /// <summary>Each sentence the writer fills, with the placeholders it supplies (OverviewSentences).</summary>
    internal static readonly Dictionary<string, string[]> SentencePlaceholders = new()
    {
        ["income"] = ["year", "income", "incomeLines", "carriedOver"],
        ["income.line"] = ["name", "amount"],
        ["expense"] = ["year", "department", "expense", "basic", "personnel", "publicUse", "project", "namedProjects"],
        ["expense.projects"] = ["projects"],
        ["change"] = ["year", "lastYear", "expense", "totalChange", "basicChange", "basicReason", "projectChange", "projectReason"],
        ["change.none"] = ["year"],
        ["change.basicReason"] = [],
        ["change.projectReason"] = [],
        ["operatingFunds"] = ["year", "operatingFunds", "use"],
        ["operatingFunds.use"] = [],
        ["threePublic"] = ["year", "threePublic", "overseasTravel", "vehicles", "vehiclePurchase", "vehicleOperation", "reception"],
        ["threePublic.same"] = ["lastYear"],
        ["threePublic.change"] = ["lastYear", "change", "reason"],
        ["threePublic.reason"] = [],
        ["fixedAssets"] = ["department", "total", "planned"],
        ["change.up"] = ["amount"],
        ["change.down"] = ["amount"],
        ["change.same"] = [],
        ["title"] = ["department", "year"],
        ["introduction"] = ["department", "year"],
        ["duties"] = [],
        ["units"] = [],
        ["overview"] = ["department"],
        ["overview.income"] = [],
        ["overview.expense"] = [],
        ["overview.change"] = [],
        ["none"] = [],
        ["otherMatters"] = [],
    };

    /// <summary>The keys each part id may use; an empty list means its lines carry none.</summary>
    private static readonly Dictionary<string, string[]> Vocabulary = new()
    {
        ["t1-income"] = FundingSources,
        ["t1-expense"] = [],
        ["t2-columns"] = FundingSources,
        ["t4-income"] = FiscalFunds,
        ["t9-rows"] = [.. ThreePublic, "Meeting", "Training"],
        ["tables"] = [.. Enumerable.Range(1, 9).Select(i => $"T{i}")],
        ["sections"] = [.. Enumerable.Range(1, 11).Select(i => $"S{i}"), .. SectionSubjects.Values],
        ["glossary"] = [],
        ["procurement-funds"] = [.. FundingSources, .. CarryOvers],
        ["project-header"] = ["code", "budget", "plan", "optional"],
        ["sentences"] = [.. SentencePlaceholders.Keys],
    };


    public static TheoryData<string, int> IncomeParts => new()
    {
        { "t1-income", 2023 }, { "t1-income", 2024 }, { "t2-columns", 2023 }, { "t2-columns", 2024 },
    };

    [Fact]
    public void Every_line_set_is_a_known_part_and_every_key_is_in_its_vocabulary()
    {
        var problems = LineSets.All
            .SelectMany(set => Vocabulary.TryGetValue(set.Id, out var allowed)
                ? set.Lines.SelectMany(l => l.Keys.Where(k => !allowed.Contains(k)).Select(k => $"{set}: '{l.Label}' has key {k}"))
                : [$"{set}: unknown part id"])
            .ToList();

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_line_of_a_keyed_part_has_keys_and_no_line_of_another_part_has_any()
    {
        var problems = LineSets.All
            .SelectMany(set => set.Lines
                .Where(l => (l.Keys.Count == 0) == (Vocabulary[set.Id].Length > 0))
                .Select(l => $"{set}: '{l.Label}' has {l.Keys.Count} keys"))
            .ToList();

        problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(IncomeParts))]
    public void The_income_lines_or_columns_name_each_funding_source_exactly_once(string id, int year)
    {
        var keys = Set(id, year).Lines.SelectMany(l => l.Keys).ToList();

        keys.ShouldBe(FundingSources, ignoreOrder: true);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void The_T4_income_lines_are_the_three_fiscal_funds_in_order(int year)
    {
        Set("t4-income", year).Lines.Select(l => l.Keys.Single()).ShouldBe(FiscalFunds);
    }

    [Theory]
    [InlineData(2023, new[] { "FiscalCarryOver", "NonFiscalCarryOver" })]
    [InlineData(2024, new[] { "CarryOver" })]
    public void The_procurement_funds_name_each_source_once_then_the_carry_over_of_their_year(int year, string[] carryOver)
    {
        var keys = Set("procurement-funds", year).Lines.SelectMany(l => l.Keys).ToList();

        keys.Where(k => !CarryOvers.Contains(k)).ShouldBe(FundingSources, ignoreOrder: true);
        keys.Where(CarryOvers.Contains).ShouldBe(carryOver);
    }

    [Fact]
    public void Tables_and_sections_are_keyed_in_printed_order()
    {
        foreach (var set in LineSets.All.Where(s => s.Id is "tables" or "sections"))
        {
            set.Lines.Select(l => l.Keys[0]).ShouldBe(Vocabulary[set.Id].Where(k => !SectionSubjects.ContainsValue(k)), set.ToString());
        }
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void The_sections_that_must_say_something_name_their_subject_after_their_number(int year)
    {
        Set("sections", year).Lines.Where(l => l.Keys.Count > 1).ToDictionary(l => l.Keys[0], l => l.Keys.Skip(1).Single()).ShouldBe(SectionSubjects);
        LineSets.All.Where(s => s.Id == "tables").SelectMany(s => s.Lines).ShouldAllBe(l => l.Keys.Count == 1);
    }

    /// <summary>
    /// domain.md, identity 6: 小计 = 出国 + 用车 + 接待; each 其中 group sums to its parent row; 合计 = 小计 plus the
    /// extra rows (会议费, 培训费) where the template has them. With keys: the ordinal rows (一、…) never share a key,
    /// 合计 holds exactly their keys, and the rows under an ordinal row split its keys.
    /// </summary>
    [Fact]
    public void T9_rows_add_up_as_the_table_does()
    {
        var sets = LineSets.All.Where(s => s.Id == "t9-rows").ToList();
        sets.Count.ShouldBe(4);
        foreach (var set in sets)
        {
            var subtotal = set.Lines.Single(l => l.Label == "“三公”经费小计");
            subtotal.Keys.ShouldBe(ThreePublic, ignoreOrder: true, set.ToString());

            var groups = OrdinalGroups(set);
            var ordinalKeys = groups.SelectMany(g => g.Parent.Keys).ToList();
            ordinalKeys.ShouldBeUnique(set.ToString());
            set.Lines.SingleOrDefault(l => l.Label == "合计")?.Keys.ShouldBe(ordinalKeys, ignoreOrder: true, set.ToString());
            foreach (var (parent, children) in groups.Where(g => g.Children.Count > 0))
            {
                children.SelectMany(c => c.Keys).ShouldBe(parent.Keys, ignoreOrder: true, $"{set}: {parent.Label}");
            }
        }
    }

    [Fact]
    public void FindByKey_returns_the_narrowest_line_holding_the_key()
    {
        LineSets.T9Rows_2024_13.FindByKey("VehiclePurchase")!.Label.ShouldBe("其中：公务用车购置费");
        LineSets.T9Rows_2024_13.FindByKey("OverseasTravelAcademic")!.Label.ShouldBe("一、因公出国（境）费");
        LineSets.T9Rows_2024_130321.FindByKey("OverseasTravelAcademic")!.Label.ShouldBe("其中：教学科研人员因公出国（境）费");
        LineSets.T1Income_2024_13.FindByKey("OtherIncome")!.Label.ShouldBe("五、单位资金");
        LineSets.T1Income_2023_13.FindByKey("OtherIncome")!.Label.ShouldBe("九、其他收入");
        LineSets.T9Rows_2024_13.FindByKey("Meeting").ShouldBeNull();
    }

    private static TemplateLineSet Set(string id, int year)
        => LineSets.All.Single(s => s.Id == id && s.Edition == year && s.Region == "13");

    /// <summary>The rows starting with a Chinese ordinal, each with the rows printed under it before the next one.</summary>
    private static List<(TemplateLine Parent, List<TemplateLine> Children)> OrdinalGroups(TemplateLineSet set)
    {
        var groups = new List<(TemplateLine Parent, List<TemplateLine> Children)>();
        foreach (var line in set.Lines)
        {
            if (Seeds.WithoutOrdinal(line.Label) != line.Label)
            {
                groups.Add((line, []));
            }
            else if (groups.Count > 0)
            {
                groups[^1].Children.Add(line);
            }
        }

        return groups;
    }
}
