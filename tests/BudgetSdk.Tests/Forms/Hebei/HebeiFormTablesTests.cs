using BudgetSdk.Audit;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;
using BudgetSdk.Tests.Import.Seeds;
using BudgetSdk.Tests.Rules;

namespace BudgetSdk.Tests.Forms.Hebei;

/// <summary>
/// The nine tables read off Hebei's form (<see cref="HebeiTables"/>) are the tables the builder's model holds, table for table
/// (<see cref="BudgetTable"/> equality: title, column names, rows in order with code, both labels and every cell, blanks as
/// zero, and the note), for the seeds' facts and random Hebei facts of 2023 and 2024. Written while the builder derived
/// the tables in code, to show the conversion was exact before the builder switched to it; since then it holds that the
/// builder's tables are the form's, however either is reached.
/// </summary>
public class HebeiFormTablesTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void A_seeds_imported_facts_give_the_nine_tables_the_model_holds(string seed)
        => Differences(PublishedFacts.ToFacts(SeedDisclosures.Of(seed)), BuildSettings.Default).ShouldBeEmpty();

    [Fact]
    public void Seed_002s_facts_give_the_nine_tables_the_model_holds()
        => Differences(Qinglong2024.InYuan().Facts, BuildSettings.Default).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(HebeiFormDerivationTests.RandomCases), MemberType = typeof(HebeiFormDerivationTests))]
    public void Random_facts_give_the_nine_tables_the_model_holds(int seed, bool complete)
    {
        var facts = (complete ? RandomDisclosures.Complete(seed) : RandomDisclosures.Facts(seed)).Facts;

        Differences(facts, BuildSettings.Default).ShouldBeEmpty($"seed {seed}: {facts.Header.RegionCode} {facts.Header.Year}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_facts_rounded_half_to_even_give_the_nine_tables_the_model_holds(int seed)
    {
        var facts = RandomDisclosures.Complete(seed).Facts;

        Differences(facts, new BuildSettings { Rounding = MidpointRounding.ToEven }).ShouldBeEmpty();
    }

    [Fact]
    public void The_two_summary_tables_pair_income_and_expense_as_printed()
    {
        // T4's income side runs on below its expense side (the carry-over of each fund): the rows pair as printed, with the
        // two totals last and the expense label empty beside the income side's extra lines.
        var tables = Tables(PublishedFacts.ToFacts(SeedDisclosures.Of("000")), BuildSettings.Default);
        var t4 = tables.Single(t => t.Id == TableId.T4);

        t4.Rows[^1].Label.ShouldBe("收入总计");
        t4.Rows[^1].ExpenseLabel.ShouldBe("支出总计");
        t4.Rows[^2].ExpenseLabel.ShouldBe(string.Empty);
        t4.Columns.ShouldBe(["收入金额", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]);
    }

    private static IReadOnlyList<BudgetTable> Tables(DisclosureFacts facts, BuildSettings settings)
    {
        var form = FormCatalog.Shipped.Select(facts.Header.RegionCode, facts.Header.Year).ShouldNotBeNull();
        return HebeiTables.Of(FormDerivation.Derive(facts, form, "department", settings.Rounding));
    }

    private static List<string> Differences(DisclosureFacts facts, BuildSettings settings)
    {
        var built = DisclosureBuilder.Build(facts, settings).GetOrThrow();
        var tables = Tables(facts, settings);
        tables.Select(t => t.Id).ShouldBe([TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T7, TableId.T8, TableId.T9]);
        var differences = new List<string>();
        foreach (var table in tables)
        {
            var expected = built[table.Id];
            if (table.Equals(expected))
            {
                continue;
            }

            differences.Add($"{table.Id}: title {table.Title} / {expected.Title}, note {table.Note} / {expected.Note}, columns {string.Join(",", table.Columns)} / {string.Join(",", expected.Columns)}, rows {table.Rows.Count} / {expected.Rows.Count}");
            differences.AddRange(table.Rows.Zip(expected.Rows).Where(p => !p.First.Equals(p.Second)).Take(3).Select(p => $"  {p.First} (form) / {p.Second} (code)"));
        }

        return differences;
    }
}
