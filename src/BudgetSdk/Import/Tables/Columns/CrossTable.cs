using BudgetSdk.Facts;
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

        // Equality needs every fund table the document prints: with T5 alone, T3 would be pushed to match it and put
        // the 政府性基金 项目支出 of T7 into another column.
        if (FundTablesRead(context) && option[1] == basic && option[2] == project)
        {
            return 8;
        }

        return option[1] < basic || option[2] < project ? -8 : 0;
    }

    /// <summary>
    /// T3's 合计 row against what the document states elsewhere: section 二 quotes 基本支出 and 项目支出, and the project
    /// tables' 预算数 add up to 项目支出 (identity 8). They are read before any table, so even a department whose money
    /// is all 项目支出, or all outside the fund tables, gets its columns.
    /// </summary>
    public static double T3AgainstStatements(RawRow row, Option option, ImportContext context)
    {
        if (!row.IsTotal)
        {
            return 0;
        }

        var (basic, project, projects) = context.Stated;
        return (basic is { } b ? Preferences.Compare(b, option[1]) : 0)
            + (project is { } p ? Preferences.Compare(p, option[2]) : 0)
            + (projects is { } sum ? Preferences.Compare(sum, option[2]) : 0);
    }

    /// <summary>
    /// T2's 财政拨款收入 of a code is this year's fiscal money of the code: what T5, T7 and T8 print for it, less what of
    /// it was carried over (at most the row's 上年结转). So the fund tables tell 财政拨款 from the other sources per code.
    /// </summary>
    public static double T2AgainstFunds(RawRow row, Option option, ImportContext context)
    {
        if (context.Template is not { } template || !FundTablesRead(context))
        {
            return 0;
        }

        var fiscalColumns = template.T2Columns.Lines
            .Select((l, i) => (Line: l, Column: 2 + i))
            .Where(c => c.Line.Keys.Count > 0 && c.Line.Keys.All(k => Enum.TryParse<FundingSource>(k, out var f) && f.IsFiscal()))
            .Select(c => c.Column)
            .ToArray();
        if (fiscalColumns.Length == 0 || option.Cells.Length != template.T2Columns.Lines.Count + 3)
        {
            return 0;
        }

        var fiscal = FundTables.Where(context.Read.ContainsKey).Sum(id => Find(context, id, row)?.Cells[0] ?? 0m);
        var current = fiscalColumns.Sum(c => option[c]);
        var carried = option[option.Cells.Length - 1];
        return current <= fiscal && current >= fiscal - carried ? 0 : Preferences.Disagrees;
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

    /// <summary>
    /// T5's 基本支出 is T6's 合计 (identity 4: 一般公共预算 基本支出 by function and by economic class), so the 合计 row of
    /// T5 says which of its amounts is 基本 even where T3 cannot (a department with 项目支出 only prints one amount).
    /// </summary>
    public static double T5AgainstT6(RawRow row, Option option, ImportContext context)
    {
        if (!row.IsTotal || !context.Read.TryGetValue(TableId.T6, out var t6))
        {
            return 0;
        }

        // An empty T6 (no rows, or a blank 合计) says that there is no 基本支出.
        var total = context.RowLabelled(TableId.T6, "合计");
        return total is null && t6.Rows.Count > 0 ? 0 : Preferences.Compare(total?.Cells[0] ?? 0m, option[1]);
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

    /// <summary>
    /// A purchase is paid from money the department has: a procurement fund column holds no more than what T1 prints for
    /// that fund (its income lines, or 上年结转结余 for a carry-over column). Space-separated text drops the blank fund
    /// cells, and this is what tells 基金预算拨款 from 上年结转结余 when only one of them has the money.
    /// </summary>
    public static double ProcurementAgainstT1(Option option, IReadOnlyList<string> columns, ImportContext context)
    {
        if (context.Template is not { } template || !context.Read.ContainsKey(TableId.T1))
        {
            return 0;
        }

        var score = 0.0;
        for (var c = 0; c < columns.Count; c++)
        {
            if (option.Cells[c] is not { } amount || template.ProcurementFunds.Lines.FirstOrDefault(l => Names.Same(l.Label, columns[c])) is not { } fund)
            {
                continue;
            }

            var available = template.T1Income.Lines.Where(l => l.Keys.Intersect(fund.Keys).Any()).Sum(l => Income(context, l.Label) ?? 0);
            available += fund.Keys.Any(k => k.EndsWith("CarryOver", StringComparison.Ordinal)) ? Income(context, "上年结转结余") ?? 0 : 0;
            score += amount > available ? Preferences.Disagrees : 0;
        }

        return score;
    }

    // Whether T5, T7 and T8 have all been read, as far as the document prints them.
    private static bool FundTablesRead(ImportContext context) => FundTables.All(id => context.Read.ContainsKey(id) || !context.Printed.Contains(id));

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
