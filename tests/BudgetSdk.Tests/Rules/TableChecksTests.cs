using BudgetSdk.Rules;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;

namespace BudgetSdk.Tests.Rules;

/// <summary>The table identities hold on derived tables and catch a single wrong cell in each kind of identity.</summary>
public class TableChecksTests
{
    private static readonly Lazy<Disclosure> Lulong = new(() => Lulong2024.Facts().Build().GetOrThrow());

    [Fact]
    public void Derived_tables_of_both_seeds_satisfy_every_identity()
    {
        TableChecks.Check(Lulong.Value.Tables, Lulong.Value.Template).ShouldBeEmpty();
        var qinglong = Qinglong2024.InYuan().Build().GetOrThrow();
        TableChecks.Check(qinglong.Tables, qinglong.Template).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(TableId.T6, "301", 0, 375.19, "BDR0701", "T6/301/合计")]
    [InlineData(TableId.T3, "2010301", 1, 267.59, "BDR0702", "T3/2010301/合计")]
    [InlineData(TableId.T5, null, 1, 436.56, "BDR0704", "T6/合计/合计")]
    public void One_wrong_cell_breaks_the_identity_that_covers_it(TableId id, string? code, int column, double value, string ruleId, string location)
    {
        var tables = WithCell(Lulong.Value.Tables, id, code, column, (decimal)value);

        var problems = TableChecks.Check(tables, Lulong.Value.Template);

        problems.ShouldContain(p => p.RuleId == ruleId && p.Location == location, string.Join("; ", problems));
    }

    [Fact]
    public void A_T1_total_that_is_not_the_sum_of_its_lines_is_reported_with_both_amounts()
    {
        var t1 = Lulong.Value[TableId.T1];
        var year = t1.Rows.ToList().FindIndex(r => r.Label == "本年收入合计");
        var tables = WithRow(Lulong.Value.Tables, TableId.T1, year, new TableRow(null, "本年收入合计", new[] { 777.64m, 777.63m }, "本年支出合计"));

        var problem = TableChecks.Check(tables, Lulong.Value.Template).First(p => p.RuleId == "BDR0703");

        problem.Location.ShouldBe("T1/本年收入合计/收入预算数");
        problem.Expected.ShouldBe("777.63");
        problem.Actual.ShouldBe("777.64");
    }

    [Fact]
    public void The_blank_three_public_totals_of_seed_000_break_the_T9_identity()
    {
        // As published: 合计 and 小计 blank, 公务用车购置及运维费 blank, the detail rows 3.50 and 12.00.
        var t9 = Lulong.Value[TableId.T9];
        var blank = new[] { "合计", "“三公”经费小计", "二、公务用车购置及运维费" };
        var printed = new BudgetTable(t9.Id, t9.Title, t9.Columns, t9.Rows.Select(r => blank.Contains(r.Label) ? new TableRow(null, r.Label, new decimal[r.Cells.Count]) : r).ToArray());

        var problems = TableChecks.Check(new[] { printed }, Lulong.Value.Template);

        problems.Where(p => p.Location.EndsWith("/合计", StringComparison.Ordinal)).Select(p => (p.Location, p.Expected ?? "", p.Actual ?? "")).ShouldBe(new[]
        {
            ("T9/合计/合计", "15.50", "0.00"),
            ("T9/“三公”经费小计/合计", "15.50", "0.00"),
            ("T9/二、公务用车购置及运维费/合计", "3.50", "0.00"),
        }, ignoreOrder: true);
        problems.ShouldAllBe(p => p.RuleId == "BDR0705");
    }

    private static IReadOnlyList<BudgetTable> WithCell(IReadOnlyList<BudgetTable> tables, TableId id, string? code, int column, decimal value)
    {
        var table = tables.Single(t => t.Id == id);
        var index = table.Rows.ToList().FindIndex(r => r.Code == code);
        var row = table.Rows[index];
        var cells = row.Cells.ToArray();
        cells[column] = value;
        return WithRow(tables, id, index, new TableRow(row.Code, row.Label, cells, row.ExpenseLabel));
    }

    private static IReadOnlyList<BudgetTable> WithRow(IReadOnlyList<BudgetTable> tables, TableId id, int index, TableRow row)
        => tables.Select(t => t.Id != id ? t : new BudgetTable(t.Id, t.Title, t.Columns, t.Rows.Select((r, i) => i == index ? row : r).ToArray(), t.Note)).ToArray();
}
