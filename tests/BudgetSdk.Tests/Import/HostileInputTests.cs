using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Performance.Values;
using BudgetSdk.Tables;
using BudgetSdk.Testing;

namespace BudgetSdk.Tests.Import;

/// <summary>
/// The hostile shapes a mutation campaign found (docs/robustness.md), each made from a seed: what each gives, at a
/// size that took seconds while a reader was quadratic and takes milliseconds now (docs/benchmarks.md has the times).
/// </summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    public void A_code_cell_of_sixty_thousand_characters_is_read_as_printed_and_audited(string seed)
    {
        var published = DisclosureImporter.Read(HostileInputs.LongCodeCell(Text(seed), 60_000));

        var row = published.Table(TableId.T2)!.Rows.Single(r => r.Code?.Length == 60_003);
        row.Code.ShouldStartWith("201xxx");
        Auditor.Audit(published).Findings.ShouldContain(f => f.Rule == "BDR0704" && f.Location == "T3/" + row.Code + "/合计");
    }

    [Theory]
    [InlineData("000", 100, "2 201xxx")]
    [InlineData("001", 124, "2 201xxx")]
    [InlineData("002", 310, " 201xxx")]
    public void A_line_longer_than_any_cell_is_refused_by_its_number(string seed, int line, string start)
    {
        Refused(HostileInputs.LongCodeCell(Text(seed), 256_000)).ShouldBe(
            $"line {line} has {256_003 + Text(seed).Split('\n')[line - 1].Length - 3:N0} characters, more than the 65,536 a line of a disclosure can have (it starts {start}{new string('x', 20 - start.Length)}…)");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void A_code_cell_followed_by_eight_thousand_numbers_is_read(string seed)
    {
        var published = DisclosureImporter.Read(HostileInputs.CodeCellThenNumbers(Text(seed), 8_000));

        var t2 = published.Table(TableId.T2)!;
        t2.Rows.Count.ShouldBe(SeedTable(seed, TableId.T2).Rows.Count);
        Auditor.Audit(published).Findings.Count.ShouldBeGreaterThanOrEqualTo(Auditor.Audit(Seed(seed)).Findings.Count);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    public void A_run_of_sixty_thousand_percent_signs_in_an_empty_code_cell_is_read_as_that_code(string seed)
    {
        var published = DisclosureImporter.Read(HostileInputs.PercentRun(Text(seed), 60_000));

        var total = published.Table(TableId.T2)!.Rows[0];
        total.Code.ShouldBe(new string('%', 60_000));
        Auditor.Audit(published).HasErrors.ShouldBeTrue();
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    public void A_table_page_repeated_to_a_megabyte_is_read_row_by_row(string seed)
    {
        var text = HostileInputs.RepeatedPage(Text(seed), 1_000_000);

        var published = DisclosureImporter.Read(text);

        var rows = SeedTable(seed, TableId.T3).Rows.Count;
        var t3 = published.Table(TableId.T3)!.Rows.Count;
        (t3 % rows).ShouldBe(0);
        (t3 / rows).ShouldBeGreaterThan(25);
        Auditor.Audit(published).Findings.ShouldContain(f => f.Rule == "BDR0701" && f.Location.StartsWith("T3/合计", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indicator_value_beyond_decimal_is_a_BDR0804_finding()
    {
        var text = HostileInputs.ReplaceFirst(Text("000"), "43600元", "≤" + HostileInputs.DecimalMax + "万元");

        var finding = Auditor.Audit(DisclosureImporter.Read(text)).Findings.Single(f => f.Line == 563);

        finding.Rule.ShouldBe("BDR0804");
        finding.Message.ShouldBe($"劳务派遣经费: 年人均支出: a number too large to read: {HostileInputs.DecimalMax}万元");
    }

    [Theory]
    [InlineData(HostileInputs.DecimalMax)]
    [InlineData(HostileInputs.BeyondDecimal)]
    [InlineData("≥" + HostileInputs.BeyondDecimal + "元/人")]
    public void IndicatorValue_Parse_of_a_number_beyond_decimal_is_malformed(string printed)
    {
        var value = IndicatorValue.Parse(printed + (printed.EndsWith('人') ? string.Empty : "万元"));

        value.Kind.ShouldBe(IndicatorValueKind.Malformed);
        value.Flags.Single().ShouldStartWith("a number too large to read");
        value.ToWan().ShouldBeNull();
    }

    [Theory]
    [InlineData("000", "643.65", 43, "支出预算数")]
    [InlineData("002", "1354.98", 48, "支出预算数")]
    public void A_table_cell_beyond_decimal_is_refused_naming_its_line_and_column(string seed, string printed, int line, string column)
    {
        Refused(HostileInputs.ReplaceFirst(Text(seed), printed, HostileInputs.BeyondDecimal)).ShouldBe(
            $"line {line}: the {column} cell {HostileInputs.BeyondDecimal} has 30 digits before the decimal point; no amount has more than 15");
    }

    [Fact]
    public void A_space_separated_amount_beyond_decimal_is_refused_naming_its_line()
    {
        Refused(HostileInputs.ReplaceFirst(Text("001"), "888.73", HostileInputs.DecimalMax)).ShouldBe(
            $"line 11: the amount {HostileInputs.DecimalMax} has 29 digits before the decimal point; no amount has more than 15");
    }

    [Fact]
    public void A_quoted_amount_beyond_decimal_is_refused_naming_its_line()
    {
        Refused(HostileInputs.ReplaceFirst(Text("000"), "基本支出436.55万元", $"基本支出{HostileInputs.BeyondDecimal}万元")).ShouldBe(
            $"line 402: the amount quoted {HostileInputs.BeyondDecimal} has 30 digits before the decimal point; no amount has more than 15");
    }

    [Fact]
    public void A_number_glued_to_sixty_thousand_characters_is_a_malformed_indicator_value()
    {
        var value = IndicatorValue.Parse("≥95" + new string('x', 60_000));

        value.Kind.ShouldBe(IndicatorValueKind.Malformed);
        value.Flags.Single().ShouldStartWith("a number glued to text that is not a unit: xxx");
    }

    [Fact]
    public void A_run_of_sixty_thousand_digits_in_a_section_quotes_no_amount_and_the_section_reads_on()
    {
        var text = HostileInputs.ReplaceFirst(Text("000"), "2024年支出预算777.63万元", new string('0', 60_000) + "。2024年支出预算777.63万元");

        var quoted = DisclosureImporter.Read(text).QuotedAmounts;

        quoted.Select(q => (q.Subject, q.Amount, q.Line)).ShouldBe(Seed("000").QuotedAmounts.Select(q => (q.Subject, q.Amount, q.Line)));
    }

    [Fact]
    public void A_project_budget_beyond_decimal_is_refused_naming_its_line()
    {
        Refused(HostileInputs.ReplaceFirst(Text("000"), "预算数\t1.80", "预算数\t" + HostileInputs.BeyondDecimal)).ShouldBe(
            $"line 498: the project amount {HostileInputs.BeyondDecimal} has 30 digits before the decimal point; no amount has more than 15");
    }

    [Theory]
    [InlineData('０')]
    [InlineData('\u0660')]
    [InlineData('\u0966')]
    public void Digits_of_another_script_in_the_budget_year_are_read_as_the_year(char zero)
    {
        var text = HostileInputs.ReplaceFirst(Text("000"), "预算年度：2024", "预算年度：" + HostileInputs.OtherDigits("2024", zero));

        DisclosureImporter.Read(text).Header.Year.ShouldBe(2024);
    }

    [Fact]
    public void Full_width_digits_everywhere_read_as_the_seed_does()
    {
        var published = DisclosureImporter.Read(HostileInputs.FullWidthDigits(Text("000")));

        Describe(published).ShouldBe(Describe(Seed("000")));
    }

    [Fact]
    public void A_full_width_goal_number_is_read_as_the_seed_reads_it()
    {
        var published = DisclosureImporter.Read(HostileInputs.ReplaceFirst(Text("000"), "绩效目标\t1. ", "绩效目标\t１. "));

        published.Projects[0].Goals.ShouldBe(Seed("000").Projects[0].Goals);
    }

    [Fact]
    public void Indicator_values_and_plans_in_full_width_or_other_digits_read_as_numbers()
    {
        IndicatorValue.Parse("≥９８％").Format().ShouldBe("≥98%");
        IndicatorValue.Parse("≥\u0669\u0668%").Format().ShouldBe("≥98%");
        IndicatorValue.Parse("２０２４年１２月底前").Kind.ShouldBe(IndicatorValueKind.Date);
        SpendingPlanText.Read(["２５%", "５０%", "７５%", "１００%"], 30m).Form.ShouldBe(SpendingPlanForm.Percent);
        SpendingPlanText.Read(["7.50", "15.00", "22.50", HostileInputs.DecimalMax], decimal.MaxValue).Form.ShouldBe(SpendingPlanForm.Amounts);
    }

    private static string Describe(PublishedDisclosure published)
        => string.Join('\n', published.Tables.SelectMany(t => t.Rows.Select(r => $"{t.Id} {BudgetSdk.Tests.Import.Seeds.SeedDisclosures.Describe(r)}")))
           + string.Join('\n', published.QuotedAmounts.Select(q => $"{q.Subject} {q.Amount} @{q.Line}"));

    private static string Text(string seed) => File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf(seed));

    private static PublishedDisclosure Seed(string seed) => BudgetSdk.Tests.Import.Seeds.SeedDisclosures.Of(seed);

    private static PrintedTable SeedTable(string seed, TableId id) => BudgetSdk.Tests.Import.Seeds.SeedDisclosures.Table(seed, id);

    private static string Refused(string text)
    {
        var message = Should.Throw<DisclosureImportException>(() => DisclosureImporter.Read(text)).Message;
        message.ShouldNotContain("\n");
        return message;
    }
}
