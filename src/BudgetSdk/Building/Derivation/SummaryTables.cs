using BudgetSdk.Facts;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Building.Derivation;

/// <summary>
/// Derives the two summary tables that print income and expense side by side: T1 部门预算收支总表 and
/// T4 部门预算财政拨款收支总表. Expense lines are the template's 类 lines; income lines sum funding sources.
/// </summary>
internal static class SummaryTables
{
    public static BudgetTable All(IReadOnlyList<RoundedSpending> spending, DisclosureTemplate template)
    {
        var current = spending.Where(s => !s.CarriedOver).ToArray();
        var income = template.T1Income.Lines.Select(l => Sum(current.Where(s => l.Keys.Contains(s.Source.ToString())))).ToArray();
        var expense = template.ExpenseLines.Lines.Select(l => Sum(spending.Where(s => InClass(s, l)))).ToArray();
        var rows = new List<TableRow>();
        for (var i = 0; i < Math.Max(income.Length, expense.Length); i++)
        {
            rows.Add(new TableRow(
                null,
                i < income.Length ? template.T1Income.Lines[i].Label : string.Empty,
                new[] { i < income.Length ? income[i] : 0m, i < expense.Length ? expense[i] : 0m },
                i < expense.Length ? template.ExpenseLines.Lines[i].Label : string.Empty));
        }

        var incomeTotal = Sum(current);
        var carried = Sum(spending.Where(s => s.CarriedOver));
        var expenseTotal = Sum(spending);

        // A budget plans to spend all it has, so 年终结转结余 is zero and 收入总计 = 支出总计 by construction.
        rows.Add(new TableRow(null, "本年收入合计", new[] { incomeTotal, expenseTotal }, "本年支出合计"));
        rows.Add(new TableRow(null, "上年结转结余", new[] { carried, 0m }, "年终结转结余"));
        rows.Add(new TableRow(null, "收入总计", new[] { incomeTotal + carried, expenseTotal }, "支出总计"));
        return new BudgetTable(TableId.T1, template.TitleOf(TableId.T1), new[] { "收入预算数", "支出预算数" }, rows);
    }

    public static BudgetTable Fiscal(IReadOnlyList<RoundedSpending> spending, DisclosureTemplate template)
    {
        var fiscal = spending.Where(s => s.Source.IsFiscal()).ToArray();
        var funds = FundingSources.Fiscal;
        var incomeLines = template.T4Income.Lines;
        var income = incomeLines.Select(l => Sum(fiscal.Where(s => !s.CarriedOver && l.Keys.Contains(s.Source.ToString())))).ToArray();
        var rows = new List<TableRow>();
        var lines = template.ExpenseLines.Lines;
        for (var i = 0; i < Math.Max(incomeLines.Count, lines.Count); i++)
        {
            var byFund = i < lines.Count ? ByFund(fiscal.Where(s => InClass(s, lines[i]))) : new decimal[funds.Count + 1];
            rows.Add(new TableRow(
                null,
                i < incomeLines.Count ? incomeLines[i].Label : string.Empty,
                new[] { i < income.Length ? income[i] : 0m }.Concat(byFund).ToArray(),
                i < lines.Count ? lines[i].Label : string.Empty));
        }

        var totals = ByFund(fiscal);
        var currentIncome = Sum(fiscal.Where(s => !s.CarriedOver));
        var carried = Sum(fiscal.Where(s => s.CarriedOver));
        var none = new decimal[funds.Count + 1];
        rows.Add(new TableRow(null, "本年收入合计", new[] { currentIncome }.Concat(totals).ToArray(), "本年支出合计"));
        rows.Add(new TableRow(null, "年初财政拨款结转和结余", new[] { carried }.Concat(none).ToArray(), "年末财政拨款结转和结余"));
        foreach (var line in incomeLines)
        {
            var fundCarried = Sum(fiscal.Where(s => s.CarriedOver && line.Keys.Contains(s.Source.ToString())));
            rows.Add(new TableRow(null, line.Label, new[] { fundCarried }.Concat(none).ToArray(), string.Empty));
        }

        rows.Add(new TableRow(null, "收入总计", new[] { currentIncome + carried }.Concat(totals).ToArray(), "支出总计"));
        var columns = new[] { "收入金额", "合计" }.Concat(funds.Select(f => f.ChineseName() + "财政拨款")).ToArray();
        return new BudgetTable(TableId.T4, template.TitleOf(TableId.T4), columns, rows);
    }

    /// <summary>合计 then one amount per fiscal fund.</summary>
    private static decimal[] ByFund(IEnumerable<RoundedSpending> spending)
    {
        var items = spending.ToArray();
        var funds = FundingSources.Fiscal.Select(f => Sum(items.Where(s => s.Source == f))).ToArray();
        return new[] { funds.Sum() }.Concat(funds).ToArray();
    }

    private static bool InClass(RoundedSpending s, TemplateLine line)
        => line.FunctionalClass is string cls && s.Code.Code.StartsWith(cls, StringComparison.Ordinal);

    private static decimal Sum(IEnumerable<RoundedSpending> spending) => spending.Sum(s => s.Wan);
}
