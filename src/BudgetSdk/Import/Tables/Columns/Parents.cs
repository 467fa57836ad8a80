using BudgetSdk.Codes;
using BudgetSdk.Import.Tables;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Import.Tables.Columns;

/// <summary>
/// Which row sums which, for <see cref="HierarchyResolver"/>: in a coded table a row's parent is the row of the longest
/// code its code starts with (a table may leave out an empty level) and a 类 row's parent is 合计; in T4 the expense
/// lines sum to 本年支出合计; in the procurement schedule items sum to their unit's 小计 and 小计 rows to 合计. Codes are
/// compared once sorted (<see cref="CodePrefixes"/>), so a long code cell costs no more than its length.
/// </summary>
internal static class Parents
{
    public static (int[] Parents, int[] SumColumns) Of(TableId id, IReadOnlyList<RawRow> rows, int columns, DisclosureTemplate? template = null)
    {
        var parents = Enumerable.Repeat(-1, rows.Count).ToArray();
        switch (id)
        {
            case TableId.T9 when template is not null:
                return (ThreePublic(rows, parents, template), Enumerable.Range(0, columns).ToArray());
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
        var total = -1;
        for (var i = 0; i < rows.Count && total < 0; i++)
        {
            total = rows[i].Code is null && rows[i].IsTotal ? i : -1;
        }

        // Codes shorter than a 类 (3 digits) are no parents; a 类 (or any code without one) sums into 合计.
        var byPrefix = CodePrefixes.Parents(rows.Select(r => r.Code).ToArray(), minimumLength: 3);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Code is not null)
            {
                parents[i] = byPrefix[i] >= 0 ? byPrefix[i] : total;
            }
        }

        return parents;
    }

    // T9 rows sum the “三公” components their template line names (keys): a row's parent is the row that sums the fewest
    // components including all of its own (一、因公出国（境）费 over its 教学科研人员 and 其他 rows, 小计 over 一、二、三),
    // and of two rows that sum the same components the later one is the part (合计 over 小计). Without this, the fund
    // of an amount printed alone (space-separated text drops the blank funds) has only weak preferences to go by.
    private static int[] ThreePublic(IReadOnlyList<RawRow> rows, int[] parents, DisclosureTemplate template)
    {
        var keys = rows.Select(r => template.T9Rows.Lines.FirstOrDefault(l => Names.Same(l.Label, r.Label))?.Keys).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            if (keys[i] is not { Count: > 0 } own)
            {
                continue;
            }

            var best = -1;
            for (var j = 0; j < rows.Count; j++)
            {
                var covers = j != i && keys[j] is { } other && own.All(other.Contains) && (other.Count > own.Count || j < i);
                if (covers && (best < 0 || keys[j]!.Count < keys[best]!.Count || (keys[j]!.Count == keys[best]!.Count && j > best)))
                {
                    best = j;
                }
            }

            parents[i] = best;
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
