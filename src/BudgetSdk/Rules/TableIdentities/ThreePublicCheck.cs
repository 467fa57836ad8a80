using BudgetSdk.Tables;
using BudgetSdk.Templates;
using BudgetSdk.Text;

namespace BudgetSdk.Rules.TableIdentities;

/// <summary>
/// T9 (identity 6): every row that sums several components — 合计, 小计, 因公出国（境）费, 公务用车购置及运维费 —
/// equals the sum of its components' own rows, read from the template's keys rather than hard-coded. The expected
/// amount comes from the most detailed rows, so a blank 小计 over a blank 公务用车购置及运维费 is still expected to
/// carry the vehicle rows' money.
/// </summary>
internal static class ThreePublicCheck
{
    public static void Check(BudgetTable t9, DisclosureTemplate template, TableProblems found)
    {
        var rows = t9.Rows
            .Select(r => (Row: r, Keys: template.T9Rows.Lines.FirstOrDefault(l => OfficialNames.Same(l.Label, r.Label))?.Keys.ToHashSet()))
            .Where(r => r.Keys is { Count: > 0 })
            .Select(r => (r.Row, Keys: r.Keys!))
            .ToArray();
        foreach (var (row, keys) in rows.Where(r => r.Keys.Count > 1))
        {
            var parts = Parts(rows, keys);
            if (parts is null)
            {
                continue;
            }

            for (var c = 0; c < t9.Columns.Count; c++)
            {
                found.Expect(RuleCatalog.ThreePublicSum, t9, row.Label, c, parts.Sum(p => p[c]), row[c], $"{row.Label} is not the sum of {string.Join("、", parts.Select(p => p.Label))}");
            }
        }
    }

    /// <summary>
    /// The most detailed rows that make up a set of components: for each component, the smallest row inside the set
    /// that holds it. Null when some component has no such row, or the rows overlap or leave a component out.
    /// </summary>
    private static TableRow[]? Parts((TableRow Row, HashSet<string> Keys)[] rows, HashSet<string> keys)
    {
        var parts = new List<(TableRow Row, HashSet<string> Keys)>();
        foreach (var key in keys)
        {
            var smallest = rows.Where(r => r.Keys.Contains(key) && r.Keys.IsProperSubsetOf(keys)).OrderBy(r => r.Keys.Count).FirstOrDefault();
            if (smallest.Row is null)
            {
                return null;
            }

            if (!parts.Any(p => p.Row == smallest.Row))
            {
                parts.Add(smallest);
            }
        }

        var covered = parts.SelectMany(p => p.Keys).ToArray();
        return covered.Length == keys.Count && covered.ToHashSet().SetEquals(keys) ? parts.Select(p => p.Row).ToArray() : null;
    }
}
