using BudgetSdk.Codes;
using BudgetSdk.Tables;

namespace BudgetSdk.Rules.TableIdentities;

/// <summary>
/// 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (identity 3). A row's parent is the longest other code in the table that its code
/// starts with, so a table that leaves out an empty level still checks.
/// </summary>
internal static class HierarchyCheck
{
    public static void Check(BudgetTable table, TableProblems found)
    {
        var coded = table.Rows.Where(r => r.Code is not null).ToArray();
        if (coded.Length == 0)
        {
            return;
        }

        var total = table.Rows.FirstOrDefault(r => r.Code is null && r.Label == "合计");
        var children = new Dictionary<TableRow, List<TableRow>>();
        var roots = new List<TableRow>();
        var parents = CodePrefixes.Parents(coded.Select(r => r.Code).ToArray());
        for (var i = 0; i < coded.Length; i++)
        {
            if (parents[i] < 0)
            {
                roots.Add(coded[i]);
            }
            else
            {
                var parent = coded[parents[i]];
                (children.TryGetValue(parent, out var list) ? list : children[parent] = new List<TableRow>()).Add(coded[i]);
            }
        }

        foreach (var (parent, list) in children)
        {
            Compare(table, parent, list, found);
        }

        if (total is not null)
        {
            Compare(table, total, roots, found);
        }
    }

    private static void Compare(BudgetTable table, TableRow parent, IReadOnlyList<TableRow> parts, TableProblems found)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            found.Expect(RuleCatalog.Hierarchy, table, TableProblems.KeyOf(parent), c, parts.Sum(p => p[c]), parent[c],
                $"{TableProblems.KeyOf(parent)} is not the sum of the {parts.Count} row(s) under it ({string.Join(", ", parts.Select(p => p.Code))})");
        }
    }
}
