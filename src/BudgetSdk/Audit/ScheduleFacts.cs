using BudgetSdk.Facts;
using BudgetSdk.Templates;
using static BudgetSdk.Audit.ProjectFacts;

namespace BudgetSdk.Audit;

/// <summary>The printed 政府采购预算 and 固定资产占用情况表 as facts.</summary>
internal static class ScheduleFacts
{
    /// <summary>One fact per purchase row, in printed order.</summary>
    public static IReadOnlyList<ProcurementLine> ProcurementOf(ProcurementSchedule? schedule, DisclosureTemplate? template)
        => schedule is null ? Array.Empty<ProcurementLine>() : schedule.Items.Select(i => Line(schedule, i, template)).ToArray();

    /// <summary>The assets, or null when the document prints no schedule.</summary>
    public static Assets? AssetsOf(AssetSchedule? schedule)
    {
        if (schedule is null)
        {
            return null;
        }

        const int q = AssetSchedule.Quantity;
        const int v = AssetSchedule.Value;
        return new Assets(
            PrintedText.Amount(schedule.Buildings, q),
            PrintedText.Amount(schedule.Offices, q),
            Wan(PrintedText.Amount(schedule.Buildings, v)),
            Count(PrintedText.Amount(schedule.Vehicles, q)),
            Wan(PrintedText.Amount(schedule.Vehicles, v)),
            Count(PrintedText.Amount(schedule.Equipment, q)),
            Wan(PrintedText.Amount(schedule.Equipment, v)),
            Count(PrintedText.Amount(schedule.Others, q)),
            Wan(PrintedText.Amount(schedule.Others, v)),
            OfficeValue: Wan(PrintedText.Amount(schedule.Offices, v)));
    }

    private static ProcurementLine Line(ProcurementSchedule schedule, ProcurementItem item, DisclosureTemplate? template)
    {
        var row = item.Row;
        var columns = schedule.Table.Columns.ToList();
        decimal Cell(string name, int fallback) => PrintedText.Amount(row, columns.IndexOf(name) is >= 0 and var i ? i : fallback);
        return new ProcurementLine(
            item.UnitName,
            item.ProjectName,
            Wan(Cell("预算资金", 0)),
            item.ItemName,
            row.Code?.Trim() ?? string.Empty,
            item.MeasureUnit,
            Cell("数量", 1),
            Wan(Cell("单价", 2)),
            AmountsOf(schedule, row, template),
            Wan(PrintedText.Amount(row, schedule.SmeColumn)));
    }

    /// <summary>
    /// The purchase by source, one amount per fund column the template names; where the template's columns do not
    /// match the printed ones, the 合计 as 一般公共预算 (the SME rule only needs the total).
    /// </summary>
    private static IReadOnlyList<ProcurementAmount> AmountsOf(ProcurementSchedule schedule, Import.PrintedRow row, DisclosureTemplate? template)
    {
        var funds = schedule.FundColumns.ToArray();
        var lines = template?.ProcurementFunds.Lines;
        if (lines is null || lines.Count != funds.Length)
        {
            return new[] { new ProcurementAmount(FundingSource.GeneralPublicBudget, Wan(PrintedText.Amount(row, schedule.TotalColumn))) };
        }

        return funds.Select((column, i) => (Amount: PrintedText.Amount(row, column), Keys: lines[i].Keys))
            .Where(f => f.Amount > 0m)
            .Select(f => AmountOf(f.Keys, f.Amount))
            .ToArray();
    }

    /// <summary>
    /// A fund column's amount. Carried-over money's source is not printed: 上年结转结余 and 财政拨款结转 are taken as
    /// 一般公共预算, 非财政拨款结转结余 as 其他收入; the derived schedule prints them in the same column either way.
    /// </summary>
    private static ProcurementAmount AmountOf(IReadOnlyList<string> keys, decimal wan) => keys.FirstOrDefault() switch
    {
        "CarryOver" or "FiscalCarryOver" => new ProcurementAmount(FundingSource.GeneralPublicBudget, Wan(wan), CarriedOver: true),
        "NonFiscalCarryOver" => new ProcurementAmount(FundingSource.OtherIncome, Wan(wan), CarriedOver: true),
        var key when Enum.TryParse<FundingSource>(key, out var source) => new ProcurementAmount(source, Wan(wan)),
        _ => new ProcurementAmount(FundingSource.OtherIncome, Wan(wan)),
    };

    /// <summary>A printed count (车辆 2, 其他固定资产 656).</summary>
    private static int Count(decimal quantity) => (int)decimal.Truncate(quantity);
}
