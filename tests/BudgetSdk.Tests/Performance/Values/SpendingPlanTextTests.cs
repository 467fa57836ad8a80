using BudgetSdk.Facts;
using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests.Performance.Values;

/// <summary>
/// 资金支出计划 as printed under its "(%)" header: percentages (seeds 000, 002), amounts or fractions (seed 001). The
/// seed 001 rows are its five project tables; the first test checks they are printed where cited.
/// </summary>
public class SpendingPlanTextTests
{
    // Seed 001: (line of 预算数, budget, line of the points, the points as printed).
    public static TheoryData<int, string, int, string> Seed001Rows => new()
    {
        { 892, "30.00", 902, "7.50 15.00 22.50 30.00" },
        { 937, "30.60", 947, "0.25 0.50 0.75 1.00" },
        { 1009, "150.00", 1019, "37.50 75.00 112.50 150.00" },
        { 1076, "130.00", 1086, "32.50 65.00 97.50 130.00" },
        { 1166, "86.72", 1176, "44.00 62.72 74.72 86.72" },
    };

    [Theory]
    [MemberData(nameof(Seed001Rows))]
    public void The_seed_001_rows_are_printed_where_cited(int budgetLine, string budget, int pointsLine, string points)
    {
        var lines = Seeds.ReadLines("001");
        lines[budgetLine - 1].ShouldStartWith($"预算数 {budget} ");
        lines[pointsLine - 1].ShouldBe(points);
        lines[pointsLine - 3].ShouldBe("3 月底 6 月底 10 月底 12 月底");
    }

    [Theory]
    [InlineData("30.00", "7.50 15.00 22.50 30.00", "25 50 75 100")]
    [InlineData("150.00", "37.50 75.00 112.50 150.00", "25 50 75 100")]
    [InlineData("130.00", "32.50 65.00 97.50 130.00", "25 50 75 100")]
    [InlineData("86.72", "44.00 62.72 74.72 86.72", "50.74 72.32 86.16 100")]
    public void Amounts_are_read_against_the_budget(string budget, string points, string percentages)
    {
        var reading = SpendingPlanText.Read(points.Split(' '), Dec(budget));
        reading.Form.ShouldBe(SpendingPlanForm.Amounts);
        reading.Percentages.ShouldBe(Decs(percentages));
        reading.Message.ShouldNotBeNull().ShouldContain($"amounts in 万元 ({points}) of the {budget} 万元 budget");
    }

    [Fact]
    public void Fractions_are_read_as_hundredths()
    {
        var reading = SpendingPlanText.Read("0.25 0.50 0.75 1.00".Split(' '), 30.60m); // 001:947
        reading.Form.ShouldBe(SpendingPlanForm.Fractions);
        reading.Percentages.ShouldBe(Decs("25 50 75 100"));
        reading.Message.ShouldNotBeNull().ShouldContain("fractions");
        reading.ToPlan().ShouldBe(new SpendingPlan(25, 50, 75, 100));
    }

    [Fact]
    public void Percentages_are_read_as_printed()
    {
        // 000:537-538 (12月底 on the next line), 002:1841-1844 (bare numbers under the "(%)" header).
        var signs = SpendingPlanText.Read(["25%", "50%", "84%", "100%"], 38.90m);
        signs.Form.ShouldBe(SpendingPlanForm.Percent);
        signs.Percentages.ShouldBe(Decs("25 50 84 100"));
        signs.Message.ShouldBeNull();

        var bare = SpendingPlanText.Read(["25", "50", "75", "100"], 10.17m);
        bare.Form.ShouldBe(SpendingPlanForm.Percent);
        bare.ToPlan().ShouldBe(new SpendingPlan(25, 50, 75, 100));
    }

    [Fact]
    public void A_blank_cell_is_a_point_not_printed()
    {
        var reading = SpendingPlanText.Read(["", "100%", "100%", "100%"], 0.84m); // 000:616
        reading.Form.ShouldBe(SpendingPlanForm.Percent);
        reading.Percentages.ShouldBe([null, 100m, 100m, 100m]);
        reading.ToPlan().ShouldBeNull();
    }

    [Fact]
    public void A_budget_of_100_reads_amounts_and_percentages_alike()
    {
        var reading = SpendingPlanText.Read(["25.00", "50.00", "75.00", "100.00"], 100m);
        reading.Form.ShouldBe(SpendingPlanForm.Percent);
        reading.Percentages.ShouldBe(Decs("25 50 75 100"));
    }

    [Theory]
    [InlineData("25%|五十||", "30", "cell 2")]
    [InlineData("200|300|400|500", "30", "neither percentages")]
    [InlineData("-5|50|75|100", "30", "cell 1")]
    [InlineData("|||", "30", "no point is printed")]
    [InlineData("25|50|100", "30", "found 3 cells")]
    public void Text_that_is_no_plan_is_unreadable(string cells, string budget, string reason)
    {
        var reading = SpendingPlanText.Read(cells.Split('|'), Dec(budget));
        reading.Form.ShouldBe(SpendingPlanForm.Unreadable);
        reading.Message.ShouldNotBeNull().ShouldContain(reason);
        reading.Percentages.ShouldAllBe(p => p == null);
        reading.ToPlan().ShouldBeNull();
    }

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static decimal?[] Decs(string text) => text.Split(' ').Select(t => (decimal?)Dec(t)).ToArray();
}
