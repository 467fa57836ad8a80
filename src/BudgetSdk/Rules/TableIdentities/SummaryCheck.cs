using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Rules.TableIdentities;

/// <summary>
/// T1 and T4 (identity 1): 本年 totals are the sums of their lines, 总计 = 本年 + 结转, and 收入总计 = 支出总计.
/// </summary>
internal static class SummaryCheck
{
    public static void Check(IReadOnlyDictionary<TableId, BudgetTable> tables, DisclosureTemplate template, TableProblems found)
    {
        if (tables.TryGetValue(TableId.T1, out var t1))
        {
            Side(t1, found, "本年收入合计", "上年结转结余", "收入总计", new[] { 0 }, expenseColumns: new[] { 1 });
            Balance(t1, found, 0, 1);
        }

        if (tables.TryGetValue(TableId.T4, out var t4))
        {
            Side(t4, found, "本年收入合计", "年初财政拨款结转和结余", "收入总计", new[] { 0 }, expenseColumns: Enumerable.Range(1, t4.Columns.Count - 1).ToArray());
            var opening = t4.RowLabelled("年初财政拨款结转和结余");
            var grand = t4.RowLabelled("收入总计");
            if (opening is not null && grand is not null)
            {
                var funds = Between(t4, opening, grand);
                found.Expect(RuleCatalog.SummaryTotals, t4, opening.Label, 0, funds.Sum(r => r[0]), opening[0], "年初财政拨款结转和结余 is not the sum of its funds");
            }

            Balance(t4, found, 0, 1);
        }
    }

    /// <summary>本年 = Σ lines above it; 总计 = 本年 + 结转; on the income column and, with their own labels, the expense columns.</summary>
    private static void Side(BudgetTable table, TableProblems found, string yearLabel, string carryLabel, string grandLabel, int[] incomeColumns, int[] expenseColumns)
    {
        var year = table.RowLabelled(yearLabel);
        var carry = table.RowLabelled(carryLabel);
        var grand = table.RowLabelled(grandLabel);
        if (year is null || carry is null || grand is null)
        {
            return;
        }

        var lines = table.Rows.TakeWhile(r => r != year).ToArray();
        foreach (var c in incomeColumns.Concat(expenseColumns))
        {
            var expense = expenseColumns.Contains(c);
            var label = expense ? year.ExpenseLabel ?? yearLabel : yearLabel;
            found.Expect(RuleCatalog.SummaryTotals, table, label, c, lines.Sum(r => r[c]), year[c], $"{label} is not the sum of the {lines.Length} lines above it");
            var grandLabelHere = expense ? grand.ExpenseLabel ?? grandLabel : grandLabel;
            found.Expect(RuleCatalog.SummaryTotals, table, grandLabelHere, c, year[c] + carry[c], grand[c], $"{grandLabelHere} is not {label} plus {(expense ? carry.ExpenseLabel : carryLabel)}");
        }
    }

    /// <summary>收入总计 = 支出总计.</summary>
    private static void Balance(BudgetTable table, TableProblems found, int incomeColumn, int expenseColumn)
    {
        if (table.RowLabelled("收入总计") is { } grand)
        {
            found.Expect(RuleCatalog.SummaryTotals, table, grand.ExpenseLabel ?? "支出总计", expenseColumn, grand[incomeColumn], grand[expenseColumn], "支出总计 differs from 收入总计");
        }
    }

    private static IEnumerable<TableRow> Between(BudgetTable table, TableRow first, TableRow last)
        => table.Rows.SkipWhile(r => r != first).Skip(1).TakeWhile(r => r != last);
}
