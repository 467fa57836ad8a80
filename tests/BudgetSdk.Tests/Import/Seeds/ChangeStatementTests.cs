using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Serialization;

namespace BudgetSdk.Tests.Import.Seeds;

/// <summary>
/// The 比上年 statements of the seeds as read (subject, direction, amount or percent, this year's amount, reason), and
/// last year's figures the import derives from them.
/// </summary>
public class ChangeStatementTests
{
    [Fact]
    public void Seed_000_states_its_total_its_parts_and_its_three_public_change_with_reasons()
    {
        var statements = SeedDisclosures.Of("000").ChangeStatements;

        statements.Select(s => (s.Section, s.Subject, s.Direction, s.Amount, s.Current, s.Line)).ShouldBe(new[]
        {
            (2, QuotedSubjects.Expense, ChangeDirection.Decrease, (decimal?)14.85m, (decimal?)777.63m, 406),
            (2, QuotedSubjects.Basic, ChangeDirection.Increase, 6.98m, null, 406),
            (2, QuotedSubjects.Project, ChangeDirection.Decrease, 21.83m, null, 406),
            (4, QuotedSubjects.ThreePublic, ChangeDirection.Decrease, 6.00m, 15.50m, 414),
        });
        statements.Select(s => s.Reason).ShouldBe(new[]
        {
            null, "主要为工资、社保调整增加人员支出", "主要为因机构改革原我办所属方志办调整到卢龙县档案馆，年鉴出版费、《卢龙县村镇志》编纂出版工作经费相应调出，减少项目支出29万元",
            "增减变化的主要原因是落实上级“过紧日子”政策，严控一般性支出，减少招商接待费支出6万元",
        });
    }

    [Fact]
    public void Seed_001_states_percentages_and_an_unchanged_part_across_wrapped_lines()
    {
        var statements = SeedDisclosures.Of("001").ChangeStatements.Where(s => s.Section == 4).ToArray();

        statements.Select(s => (s.Subject, s.Direction, s.Percent, s.Current)).ShouldBe(new[]
        {
            (QuotedSubjects.ThreePublic, ChangeDirection.Decrease, (decimal?)55.71m, (decimal?)31.00m),
            (QuotedSubjects.OverseasTravel, ChangeDirection.Unchanged, null, 0.00m),
            (QuotedSubjects.Reception, ChangeDirection.Decrease, 53.13m, 15.00m),
            (QuotedSubjects.VehiclePurchase, ChangeDirection.Decrease, 100m, 0.00m),
            (QuotedSubjects.VehicleOperation, ChangeDirection.Decrease, 20m, 16.00m),
        });
        statements.Skip(2).ShouldAllBe(s => s.Reason!.StartsWith("下降原因"));
    }

    [Fact]
    public void Seed_002_says_its_vehicles_are_unchanged_after_the_bracketed_parts()
    {
        var vehicles = SeedDisclosures.Of("002").ChangeStatements.Single(s => s.Direction == ChangeDirection.Unchanged);

        (vehicles.Subject, vehicles.Current).ShouldBe((QuotedSubjects.Vehicles, (decimal?)1.30m));
        vehicles.Reason.ShouldStartWith("主要原因是我单位公车运行费一直处于低位");
    }

    [Theory]
    [InlineData("比上年减少14.85万元", ChangeDirection.Decrease, "14.85", null, null)]
    [InlineData("较上年减少14.85万元", ChangeDirection.Decrease, "14.85", null, null)]
    [InlineData("比2023年预算减少了14.85万元", ChangeDirection.Decrease, "14.85", null, null)]
    [InlineData("比上年下降1.87%", ChangeDirection.Decrease, null, "1.87", null)]
    [InlineData("较2023年预算减少14.85万元，下降1.87%", ChangeDirection.Decrease, "14.85", "1.87", null)]
    [InlineData("较2023年预算792.48万元减少14.85万元", ChangeDirection.Decrease, "14.85", null, "792.48")]
    [InlineData("比上年增加（减少）14.85万元", ChangeDirection.Unstated, "14.85", null, null)]
    [InlineData("与上年持平", ChangeDirection.Unchanged, null, null, null)]
    [InlineData("与2023年预算持平", ChangeDirection.Unchanged, null, null, null)]
    public void The_wordings_in_the_wild_read_as_one_statement_of_the_total(string wording, ChangeDirection direction, string? amount, string? percent, string? lastYear)
    {
        var total = Mutated("000", "较2023年预算减少14.85万元", wording).First();

        (total.Subject, total.Direction, total.Current).ShouldBe((QuotedSubjects.Expense, direction, (decimal?)777.63m));
        (total.Amount, total.Percent, total.LastYear).ShouldBe((Number(amount), Number(percent), Number(lastYear)));
    }

    [Theory]
    [InlineData("基本支出比上年增加6.98万元")]
    [InlineData("基本支出较上年增长6.98万元")]
    [InlineData("基本支出与2023年相比增加6.98万元")]
    public void A_part_named_before_its_comparison_is_that_part(string wording)
    {
        var basic = Mutated("000", "基本支出增加6.98万元", wording)[1];

        (basic.Subject, basic.Direction, basic.Amount).ShouldBe((QuotedSubjects.Basic, ChangeDirection.Increase, (decimal?)6.98m));
    }

    [Fact]
    public void Section_three_states_the_change_of_the_operating_funds_it_quotes()
    {
        var statement = Mutated("000", "机关运行经费共计安排34.20万元，", "机关运行经费共计安排34.20万元，比上年减少2.00万元，").Single(s => s.Section == 3);

        (statement.Subject, statement.Direction, statement.Amount, statement.Current).ShouldBe((QuotedSubjects.OperatingFunds, ChangeDirection.Decrease, (decimal?)2.00m, (decimal?)34.20m));
        statement.Reason.ShouldStartWith("主要用于日常维修");
    }

    [Fact]
    public void The_change_of_a_named_project_is_no_change_of_the_project_total()
    {
        // 招商经费45万元 is no subject: the 增加5万元 after it is its own, not 项目支出's.
        Mutated("000", "招商经费45万元、", "招商经费45万元，比上年增加5万元、").ShouldNotContain(s => s.Amount == 5m);
    }

    [Fact]
    public void Seed_000_imports_with_its_changes_on_last_year()
    {
        var document = SeedDisclosures.Of("000");
        PublishedFacts.ToFacts(document).PriorYear.ShouldBe(new BudgetSdk.Facts.PriorYear(
            BudgetSdk.Amounts.Money.FromWan(429.57m), BudgetSdk.Amounts.Money.FromWan(362.91m), BudgetSdk.Amounts.Money.FromWan(21.50m)));

        var figures = PublishedFacts.Build(document).Disclosure!.Figures;

        (figures.ExpenseChange, figures.BasicChange, figures.ProjectChange, figures.ThreePublicChange).ShouldBe(((decimal?)-14.85m, (decimal?)6.98m, (decimal?)-21.83m, (decimal?)-6.00m));
    }

    [Fact]
    public void Seed_001_takes_last_years_three_public_from_the_percent()
    {
        // 31.00万元 after a fall of 55.71 %: 31.00 / 0.4429 = 69.99万元 last year.
        PublishedFacts.ToFacts(SeedDisclosures.Of("001")).PriorYear!.ThreePublic!.Value.Wan.ShouldBe(69.99m);
    }

    [Fact]
    public void Seed_002_states_no_three_public_total_so_only_that_stays_unknown()
    {
        // 基本支出增加137.25万元 on 1294.19, 项目支出减少121.26万元 on 336.11; “三公” states only 用车 and 接待.
        var prior = PublishedFacts.ToFacts(SeedDisclosures.Of("002")).PriorYear!;

        (prior.Basic.Wan, prior.Project.Wan, prior.ThreePublic).ShouldBe((1156.94m, 457.37m, (BudgetSdk.Amounts.Money?)null));
    }

    [Fact]
    public void An_unknown_three_public_last_year_round_trips_as_null_and_quotes_no_three_public_change()
    {
        var disclosure = BudgetSdk.Samples.Lulong2024.Facts()
            .WithPriorYear(new BudgetSdk.Facts.PriorYear(BudgetSdk.Amounts.Money.FromWan(429.57m), BudgetSdk.Amounts.Money.FromWan(362.91m), null)).Build().GetOrThrow();

        var json = DisclosureJson.Serialize(disclosure);

        json.ShouldContain("\"threePublic\": null");
        var read = DisclosureJson.Deserialize(json);
        (read.Figures.ExpenseChange, read.Figures.ThreePublicChange).ShouldBe(((decimal?)-14.85m, (decimal?)null));
    }

    [Fact]
    public void The_printed_export_carries_the_statements_as_printed()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(PublishedJson.Serialize(SeedDisclosures.Of("000")))!;

        var first = json["changeStatements"]![0]!;
        ((string?)first["printed"], (string?)first["direction"], (string?)first["amount"], (string?)first["current"], (int?)first["line"])
            .ShouldBe(("减少14.85万元", "decrease", "14.85", "777.63", (int?)406));
    }

    private static IReadOnlyList<ChangeStatement> Mutated(string seed, string old, string replacement)
    {
        var text = File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf(seed));
        text.ShouldContain(old);
        return DisclosureImporter.Read(text.Replace(old, replacement, StringComparison.Ordinal)).ChangeStatements;
    }

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
