using BudgetSdk.Codes;
using BudgetSdk.Tables;

namespace BudgetSdk.Building.Derivation;

/// <summary>
/// Builds the rows of a coded table: a 合计 row, then 类 → 款 → 项 depth first, each row the sum of the leaves
/// under it. Because a child's code starts with its parent's, code order is depth-first order.
/// </summary>
internal static class HierarchyRows
{
    public const string TotalLabel = "合计";

    public static List<TableRow> Build<TCode>(IEnumerable<(TCode Code, decimal[] Cells)> leaves, int columns)
        where TCode : ClassificationCode<TCode>
    {
        var sums = new SortedDictionary<string, (TCode Code, decimal[] Cells)>(StringComparer.Ordinal);
        var total = new decimal[columns];
        foreach (var (leaf, cells) in leaves)
        {
            Add(total, cells);
            for (var code = leaf; code is not null; code = code.Parent)
            {
                if (!sums.TryGetValue(code.Code, out var row))
                {
                    row = (code, new decimal[columns]);
                    sums.Add(code.Code, row);
                }

                Add(row.Cells, cells);
            }
        }

        var rows = new List<TableRow> { new(null, TotalLabel, total) };
        rows.AddRange(sums.Values.Where(r => r.Cells.Any(c => c != 0m)).Select(r => new TableRow(r.Code.Code, r.Code.Name, r.Cells)));
        return rows;
    }

    public static void Add(decimal[] into, IReadOnlyList<decimal> cells)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += cells[i];
        }
    }
}
