using BudgetSdk.Import.Tables;
using BudgetSdk.Tables;

namespace BudgetSdk.Import.Tables.Columns;

/// <summary>
/// Which row sums which, for <see cref="HierarchyResolver"/>: in a coded table a row's parent is the row of the longest
/// code its code starts with (a table may leave out an empty level) and a 类 row's parent is 合计; in T4 the expense
/// lines sum to 本年支出合计; in the procurement schedule items sum to their unit's 小计 and 小计 rows to 合计. Codes are
/// looked up in a dictionary, so this is linear.
/// </summary>
internal static class Parents
{
    public static (int[] Parents, int[] SumColumns) Of(TableId id, IReadOnlyList<RawRow> rows, int columns)
    {
        var parents = Enumerable.Repeat(-1, rows.Count).ToArray();
        switch (id)
        {
            case TableId.T1 or TableId.T9 or TableId.Assets:
                return (parents, []);
            case TableId.T4:
                return (ExpenseLines(rows, parents), Enumerable.Range(1, columns - 1).ToArray());
            case TableId.Procurement:
                return (Procurement(rows, parents), Enumerable.Range(3, columns - 3).ToArray());
            default:
                return (Coded(rows, parents), Enumerable.Range(0, columns).ToArray());
        }
    }

    private static int[] Coded(IReadOnlyList<RawRow> rows, int[] parents)
    {
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Code is { } code)
            {
                byCode.TryAdd(code, i);
            }
            else if (rows[i].IsTotal && total < 0)
            {
                total = i;
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Code is not { } code)
            {
                continue;
            }

            parents[i] = total;
            for (var length = code.Length - 1; length >= 3; length--)
            {
                if (byCode.TryGetValue(code[..length], out var parent) && parent != i)
                {
                    parents[i] = parent;
                    break;
                }
            }
        }

        return parents;
    }

    private static int[] ExpenseLines(IReadOnlyList<RawRow> rows, int[] parents)
    {
        var total = -1;
        for (var i = 0; i < rows.Count && total < 0; i++)
        {
            total = rows[i].ExpenseLabel == "本年支出合计" ? i : -1;
        }

        for (var i = 0; i < total; i++)
        {
            parents[i] = rows[i].ExpenseLabel.Length > 0 ? total : -1;
        }

        return parents;
    }

    private static int[] Procurement(IReadOnlyList<RawRow> rows, int[] parents)
    {
        var total = -1;
        var unit = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].IsTotal)
            {
                total = i;
                unit = -1;
            }
            else if (rows[i].Code is null && rows[i].Label.EndsWith("小计", StringComparison.Ordinal))
            {
                parents[i] = total;
                unit = i;
            }
            else
            {
                parents[i] = unit >= 0 ? unit : total;
            }
        }

        return parents;
    }
}
