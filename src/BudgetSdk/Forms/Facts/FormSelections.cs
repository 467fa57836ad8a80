using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Facts;

/// <summary>
/// Every selector a form's cells apply (the table's narrowed by a line's and a column's), for the cells that are not sums of
/// other cells: what the form can tell apart. Two funds (or kinds, or “三公” components) that every selector takes together or
/// leaves together are one amount as far as the form goes.
/// </summary>
internal static class FormSelections
{
    /// <summary>The selectors of the form's part cells, in printed order (table, side, line, column).</summary>
    /// <param name="form">The form.</param>
    /// <param name="documentKind">Only the columns this document kind prints; null for every column.</param>
    public static IEnumerable<FactSelector> Of(FormTemplate form, string? documentKind = null)
    {
        foreach (var table in form.Tables)
        {
            foreach (var side in table.Sides)
            {
                var rows = side.Rows.Source == RowSource.Lines
                    ? side.Rows.Lines.Where(l => l.Sums.Count == 0).Select(l => table.Select.Narrow(l.Select)).ToArray()
                    : new[] { table.Select };
                foreach (var row in rows)
                {
                    foreach (var column in side.Columns.Where(c => c.Sums.Count == 0 && (documentKind is null || c.PrintsFor(documentKind))))
                    {
                        yield return row.Narrow(column.Select);
                    }
                }
            }
        }
    }

    /// <summary>True when the selector takes spending by functional code.</summary>
    public static bool IsSpending(FactSelector select) => select.Measure is FactMeasure.Spending or FactMeasure.Inherit;

    /// <summary>
    /// The members the lists tell apart, each standing for the members no list separates from it: the first of a group as the
    /// lists name it (so 其他收入 stands for the sources Shanghai's 其他收入 column sums, and 一般公共预算 for the three 财政拨款
    /// funds of a “三公” table that takes them together). <paramref name="fallback"/> when no list names any member.
    /// </summary>
    public static IReadOnlyList<T> Distinguished<T>(IEnumerable<IReadOnlyList<T>?> lists, IReadOnlyList<T> fallback)
        where T : struct, Enum
    {
        var named = lists.Where(l => l is not null).Select(l => l!).ToArray();
        var order = named.SelectMany(l => l).Distinct().ToArray();
        if (order.Length == 0)
        {
            return fallback;
        }

        string Signature(T member) => string.Join(",", named.Select((l, i) => l.Contains(member) ? i : -1).Where(i => i >= 0));
        return order.GroupBy(Signature).Select(g => g.First()).ToArray();
    }
}
