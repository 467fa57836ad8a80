using BudgetSdk.Import.Tables;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;

namespace BudgetSdk.Import.Tables.Columns;

/// <summary>
/// Evidence from tables read earlier for placing the numbers of a space-separated row (see <see cref="Preferences"/>).
/// Each method returns 0 when the other table is not there or does not cover the row.
/// </summary>
internal static class CrossTable
{
    private static readonly TableId[] FundTables = [TableId.T5, TableId.T7, TableId.T8];

    /// <summary>
    /// T3 基本支出 and 项目支出 of a code are at least what T5, T7 and T8 print for it (fiscal money is part of all
    /// money), and equal when the department has no other source.
    /// </summary>
    public static double T3AgainstFunds(RawRow row, Option option, ImportContext context)
    {
        decimal? basic = null, project = null;
        foreach (var id in FundTables)
        {
            if (context.Read.ContainsKey(id) && Find(context, id, row) is { } printed)
            {
                basic = (basic ?? 0) + (printed.Cells[1] ?? 0);
                project = (project ?? 0) + (printed.Cells[2] ?? 0);
            }
        }

        if (basic is null || project is null)
        {
            return 0;
        }

        if (option[1] == basic && option[2] == project)
        {
            return 8;
        }

        return option[1] < basic || option[2] < project ? -8 : 0;
    }

    /// <summary>A fund table's 基本支出 and 项目支出 of a code are at most what T3 prints for it.</summary>
    public static double FundAgainstT3(RawRow row, Option option, ImportContext context)
    {
        if (!context.Read.ContainsKey(TableId.T3) || Find(context, TableId.T3, row) is not { } all)
        {
            return 0;
        }

        return option[1] > (all.Cells[1] ?? 0) || option[2] > (all.Cells[2] ?? 0) ? -8 : 0;
    }

    /// <summary>T4's fund columns of an expense line equal the 合计 of that 类 in T5, T7 and T8.</summary>
    public static double T4AgainstFunds(RawRow row, Option option, ImportContext context)
    {
        string? functionalClass = null;
        var totals = row.ExpenseLabel is "本年支出合计" or "支出总计";
        if (!totals)
        {
            functionalClass = context.Template?.ExpenseLines.Lines.FirstOrDefault(l => Names.Same(l.Label, row.ExpenseLabel))?.FunctionalClass;
            if (functionalClass is null)
            {
                return 0;
            }
        }

        var score = 0.0;
        for (var f = 0; f < FundTables.Length; f++)
        {
            if (context.Read.ContainsKey(FundTables[f]))
            {
                var printed = totals ? context.RowLabelled(FundTables[f], "合计") : context.RowOf(FundTables[f], functionalClass!);
                score += Preferences.Compare(printed?.Cells[0] ?? 0, option[2 + f]);
            }
        }

        return score;
    }

    /// <summary>
    /// T2's 合计 row against T1: 小计 is 本年收入合计, 上年结转 is 上年结转结余, and each group of source columns holds
    /// the T1 income lines whose funding sources it shares (财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营;
    /// 2024's 单位资金 = 事业 + 经营 + 上级补助 + 附属单位 + 其他).
    /// </summary>
    public static double T2Totals(RawRow row, Option option, ImportContext context)
    {
        if (!row.IsTotal || !context.Read.ContainsKey(TableId.T1))
        {
            return 0;
        }

        var n = option.Cells.Length;
        var score = 0.0;
        if (Income(context, "本年收入合计") is { } year)
        {
            score += Preferences.Compare(year, option[1]);
        }

        if (Income(context, "上年结转结余") is { } carried)
        {
            score += Preferences.Compare(carried, option[n - 1]);
        }

        if (context.Template is not { } template)
        {
            return score;
        }

        var sources = template.T2Columns.Lines;
        foreach (var group in SourceGroups(template))
        {
            var expected = group.Lines.Sum(l => Income(context, l) ?? 0);
            var actual = group.Columns.Sum(c => option[2 + c]);
            score += sources.Count == n - 3 ? Preferences.Compare(expected, actual) : 0;
        }

        return score;
    }

    /// <summary>“三公” money comes from a fiscal fund the department has: a fund T4 prints no money for gets none.</summary>
    public static double T9AgainstT4(Option option, ImportContext context)
    {
        if (context.RowWithExpense(TableId.T4, "支出总计") is not { } total)
        {
            return 0;
        }

        var score = 0.0;
        for (var f = 0; f < 3; f++)
        {
            score += (total.Cells[2 + f] ?? 0) == 0 && option[1 + f] != 0 ? -3 : 0;
        }

        return score;
    }

    // T1 income lines and T2 source columns joined wherever their funding sources overlap.
    private static List<(List<string> Lines, List<int> Columns)> SourceGroups(Templates.DisclosureTemplate template)
    {
        var groups = new List<(List<string> Lines, List<int> Columns)>();
        var columns = template.T2Columns.Lines;
        foreach (var line in template.T1Income.Lines)
        {
            var touched = Enumerable.Range(0, columns.Count).Where(c => columns[c].Keys.Intersect(line.Keys).Any()).ToList();
            var merged = groups.Where(g => g.Columns.Intersect(touched).Any()).ToList();
            var group = (Lines: new List<string> { line.Label }, Columns: touched);
            foreach (var other in merged)
            {
                groups.Remove(other);
                group.Lines.AddRange(other.Lines);
                group.Columns = group.Columns.Union(other.Columns).ToList();
            }

            groups.Add(group);
        }

        return groups;
    }

    // Printed T1 labels are the template's own (the reader maps them), so an exact lookup finds them.
    private static decimal? Income(ImportContext context, string label)
        => context.RowLabelled(TableId.T1, label) is { } row ? row.Cells[0] ?? 0 : null;

    private static PrintedRow? Find(ImportContext context, TableId table, RawRow row)
        => row.IsTotal ? context.RowLabelled(table, "合计") : row.Code is { } code ? context.RowOf(table, code) : null;
}
