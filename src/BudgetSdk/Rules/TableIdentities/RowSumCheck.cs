using BudgetSdk.Tables;

namespace BudgetSdk.Rules.TableIdentities;

/// <summary>Per row, 合计 = the sum of the columns it totals (identity 2, and the fund columns of T4 and T9).</summary>
internal static class RowSumCheck
{
    public static void Check(BudgetTable table, TableProblems found)
    {
        var columns = table.Columns.Count;
        switch (table.Id)
        {
            case TableId.T2:
                // 合计 = 小计 + 上年结转; 小计 = the source columns between them.
                ForEachRow(table, found, 0, new[] { 1, columns - 1 });
                ForEachRow(table, found, 1, Enumerable.Range(2, columns - 3).ToArray());
                break;
            case TableId.T3 or TableId.T5 or TableId.T6 or TableId.T7 or TableId.T8 or TableId.T9:
                ForEachRow(table, found, 0, Enumerable.Range(1, columns - 1).ToArray());
                break;
            case TableId.T4:
                // The expense side: 合计 then one column per fiscal fund.
                ForEachRow(table, found, 1, Enumerable.Range(2, columns - 2).ToArray());
                break;
        }
    }

    private static void ForEachRow(BudgetTable table, TableProblems found, int total, int[] parts)
    {
        foreach (var row in table.Rows)
        {
            found.Expect(RuleCatalog.RowSum, table, TableProblems.KeyOf(row, table.Id == TableId.T4), total, parts.Sum(p => row[p]), row[total],
                $"{table.Columns[total]} is not the sum of {string.Join(" + ", parts.Select(p => table.Columns[p]))}");
        }
    }
}
