using System.Text.RegularExpressions;
using BudgetSdk.Codes;
using BudgetSdk.Import;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests.Performance;

/// <summary>
/// Every 项目绩效目标表 of seeds 000 and 001 is represented in the model — each indicator filed under its tiers with a
/// parsed value — and formats back to the same values.
/// </summary>
public partial class ProjectTableTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Every_project_table_is_read_into_a_project(string seed)
    {
        var printed = Read(seed);

        // Counted independently of the importer: one "N、…绩效目标表" title per table.
        printed.Count.ShouldBe(Seeds.ReadLines(seed).Count(l => TableTitle().IsMatch(l)));
        foreach (var table in printed)
        {
            var reading = ProjectTables.Read(table, IndicatorFrameworks.Hebei2024);
            reading.Project.Indicators.Count.ShouldBe(table.Indicators.Count, $"{table.Name}: {string.Join("; ", reading.Issues)}");
            reading.Project.Name.ShouldBe(table.Name);
            reading.Project.Budget.Wan.ShouldBe(table.Budget ?? 0m);
        }
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Every_indicator_value_formats_back_to_the_same_value(string seed)
    {
        var failures = new List<string>();
        foreach (var table in Read(seed))
        {
            foreach (var indicator in ProjectTables.Read(table, IndicatorFrameworks.Hebei2024).Project.Indicators)
            {
                var again = IndicatorValue.Parse(indicator.Value.Format());
                if (!again.Equals(indicator.Value) || Squeeze(indicator.Value.Format()) != Squeeze(Canonical(indicator.Value.Raw)))
                {
                    failures.Add($"{table.Name} / {indicator.Name}: printed {indicator.Value.Raw}, formats as {indicator.Value.Format()}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Seed_000_has_no_issue_and_seed_001_only_its_amount_plans()
    {
        Read("000").SelectMany(t => ProjectTables.Read(t, IndicatorFrameworks.Hebei2024).Issues).ShouldBeEmpty();

        var issues = Read("001").SelectMany(t => ProjectTables.Read(t, IndicatorFrameworks.Hebei2024).Issues).ToArray();
        issues.ShouldNotBeEmpty();
        issues.ShouldAllBe(i => i.Contains("资金支出计划"));
    }

    private static IReadOnlyList<PrintedProject> Read(string seed) => DisclosureImporter.Read(File.ReadAllText(Seeds.PathOf(seed))).Projects;

    /// <summary>The printed value with the unit words the canonical form replaces (百分比 is %).</summary>
    private static string Canonical(string raw) => raw.Replace("百分比", "%", StringComparison.Ordinal);

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^\s*\d+[、.．]\s*\S.*绩效目标表\s*$")]
    private static partial Regex TableTitle();
}
