using BudgetSdk.Import;
using BudgetSdk.Rules;

namespace BudgetSdk.Audit;

/// <summary>
/// The sums of the two schedules of the explanatory sections (identities 9 and 10), which the table checks leave out
/// because their rows are not a code hierarchy: 政府采购预算 totals (BDR0903) and 资产总额 (BDR0904).
/// </summary>
internal static class ScheduleChecks
{
    public static IEnumerable<CellProblem> Check(PublishedDisclosure document)
    {
        var problems = new List<CellProblem>();
        if (ProcurementSchedule.Of(document) is { } procurement)
        {
            Procurement(procurement, problems);
        }

        if (AssetSchedule.Of(document) is { Total: { } total } assets)
        {
            var parts = assets.Parts.ToArray();
            Expect(problems, AuditRules.AssetsTotal, new PrintedCell(assets.Table, total, AssetSchedule.Value), total.Label, parts.Sum(p => PrintedText.Amount(p, AssetSchedule.Value)),
                $"资产总额 is not the sum of {string.Join(" + ", parts.Select(p => p.Label.Trim()))}");
        }

        return problems;
    }

    private static void Procurement(ProcurementSchedule schedule, List<CellProblem> problems)
    {
        var rule = AuditRules.ProcurementTotals;
        foreach (var item in schedule.Items)
        {
            var funds = schedule.FundColumns.ToArray();
            Expect(problems, rule, new PrintedCell(schedule.Table, item.Row, schedule.TotalColumn), item.Key, funds.Sum(c => PrintedText.Amount(item.Row, c)),
                $"{item.ItemName}: 合计 is not the sum of {string.Join(" + ", funds.Select(c => schedule.Table.Columns[c]))}");
        }

        if (schedule.GrandTotal is { } grand)
        {
            Sums(schedule, grand, schedule.Items, problems);
        }

        foreach (var (row, items) in schedule.Subtotals)
        {
            Sums(schedule, row, items, problems);
        }
    }

    private static void Sums(ProcurementSchedule schedule, PrintedRow total, IReadOnlyList<ProcurementItem> items, List<CellProblem> problems)
    {
        foreach (var column in schedule.SummedColumns)
        {
            Expect(problems, AuditRules.ProcurementTotals, new PrintedCell(schedule.Table, total, column), total.Label.Trim(), items.Sum(i => PrintedText.Amount(i.Row, column)),
                $"{total.Label.Trim()} is not the sum of the {items.Count} purchase row(s) under it");
        }
    }

    private static void Expect(List<CellProblem> problems, Rule rule, PrintedCell cell, string rowKey, decimal expected, string message)
    {
        if ((cell.Value ?? 0m) != expected)
        {
            problems.Add(new CellProblem(new Problem(rule.Id, rule.Severity, cell.Path(rowKey), message, PrintedText.Wan(expected), cell.Text), cell));
        }
    }
}
