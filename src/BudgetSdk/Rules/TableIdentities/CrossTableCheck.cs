using BudgetSdk.Facts;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Rules.TableIdentities;

/// <summary>
/// Identities across tables (identity 4): T1 against T2/T3, T2 against T3 per code, T4's fund columns against
/// T5/T7/T8, and T5 基本支出 against T6.
/// </summary>
internal static class CrossTableCheck
{
    public static void Check(IReadOnlyDictionary<TableId, BudgetTable> tables, DisclosureTemplate template, TableProblems found)
    {
        var t2 = tables.GetValueOrDefault(TableId.T2);
        var t3 = tables.GetValueOrDefault(TableId.T3);
        if (tables.TryGetValue(TableId.T1, out var t1))
        {
            if (t2 is not null && t1.RowLabelled("收入总计") is { } income)
            {
                found.Expect(RuleCatalog.CrossTable, t1, "收入总计", 0, Total(t2), income[0], "T1 收入总计 differs from the T2 合计");
            }

            if (t3 is not null)
            {
                if (t1.RowLabelled("本年支出合计") is { } expense)
                {
                    found.Expect(RuleCatalog.CrossTable, t1, "本年支出合计", 1, Total(t3), expense[1], "T1 本年支出合计 differs from the T3 合计");
                }

                ClassLines(t1, template, found, 1, t3, "T3");
            }
        }

        if (t2 is not null && t3 is not null)
        {
            foreach (var code in t2.Rows.Concat(t3.Rows).Select(r => r.Code).OfType<string>().Distinct())
            {
                found.Expect(RuleCatalog.CrossTable, t3, code, 0, t2.Row(code)?[0] ?? 0m, t3.Row(code)?[0] ?? 0m, $"T3 合计 of {code} differs from T2 合计");
            }
        }

        if (tables.TryGetValue(TableId.T4, out var t4))
        {
            var fundTables = new[] { TableId.T5, TableId.T7, TableId.T8 };
            for (var f = 0; f < FundingSources.Fiscal.Count; f++)
            {
                if (tables.TryGetValue(fundTables[f], out var fundTable))
                {
                    if (t4.RowLabelled("支出总计") is { } grand)
                    {
                        found.Expect(RuleCatalog.CrossTable, t4, "支出总计", 2 + f, Total(fundTable), grand[2 + f], $"T4 {t4.Columns[2 + f]} differs from the {fundTable.Id} 合计");
                    }

                    ClassLines(t4, template, found, 2 + f, fundTable, fundTable.Id.ToString());
                }
            }
        }

        if (tables.TryGetValue(TableId.T5, out var t5) && tables.TryGetValue(TableId.T6, out var t6))
        {
            found.Expect(RuleCatalog.CrossTable, t6, "合计", 0, Total(t5, 1), Total(t6), "T6 合计 differs from T5 基本支出");
        }
    }

    /// <summary>Each expense line of T1/T4 equals the 合计 of its 类 row in another table.</summary>
    private static void ClassLines(BudgetTable summary, DisclosureTemplate template, TableProblems found, int column, BudgetTable coded, string name)
    {
        foreach (var line in template.ExpenseLines.Lines)
        {
            var row = summary.Rows.FirstOrDefault(r => r.ExpenseLabel == line.Label);
            if (row is not null)
            {
                var expected = line.FunctionalClass is string code ? coded.Row(code)?[0] ?? 0m : 0m;
                found.Expect(RuleCatalog.CrossTable, summary, line.Label, column, expected, row[column], $"{line.Label} differs from the {name} row of 类 {line.FunctionalClass}");
            }
        }
    }

    private static decimal Total(BudgetTable table, int column = 0)
        => table.Rows.FirstOrDefault(r => r.Code is null && r.Label == "合计")?[column] ?? 0m;
}
