using BudgetSdk.Import;
using BudgetSdk.Tables;
using BudgetSdk.Text;

namespace BudgetSdk.Audit;

/// <summary>A purchase row of 部门政府采购预算 and what its label says.</summary>
/// <param name="Row">The printed row.</param>
/// <param name="UnitName">The unit of the 小计 above it (the department when there is none).</param>
/// <param name="ProjectName">政府采购项目来源 项目名称.</param>
/// <param name="ItemName">采购物品名称.</param>
/// <param name="MeasureUnit">计量单位.</param>
internal sealed record ProcurementItem(PrintedRow Row, string UnitName, string ProjectName, string ItemName, string MeasureUnit)
{
    /// <summary>How a location names the row: its catalogue code and item, which a reader finds in the printed table.</summary>
    public string Key => $"{Row.Code} {ItemName}".Trim();
}

/// <summary>
/// The rows of the printed 政府采购预算 sorted by role: the 合计 row, each unit's 小计 with its rows, and the purchases.
/// Columns are read by name as the derived schedule names them (预算资金, 数量, 单价, 合计, one per fund,
/// 预留中小微企业份额); a purchase row's label is 项目名称｜采购物品名称｜计量单位.
/// </summary>
internal sealed class ProcurementSchedule
{
    private const char LabelSeparator = '｜';

    private ProcurementSchedule(PrintedTable table, int total, int sme)
    {
        Table = table;
        TotalColumn = total;
        SmeColumn = sme;
    }

    public PrintedTable Table { get; }

    /// <summary>The 合计 column of 政府采购金额.</summary>
    public int TotalColumn { get; }

    /// <summary>预留中小微企业份额.</summary>
    public int SmeColumn { get; }

    /// <summary>The fund columns, between 合计 and the SME share.</summary>
    public IEnumerable<int> FundColumns => Enumerable.Range(TotalColumn + 1, Math.Max(0, SmeColumn - TotalColumn - 1));

    /// <summary>The money columns a 合计 or 小计 row sums: 合计, the funds, the SME share.</summary>
    public IEnumerable<int> SummedColumns => Enumerable.Range(TotalColumn, SmeColumn - TotalColumn + 1);

    public PrintedRow? GrandTotal { get; private set; }

    public List<(PrintedRow Row, List<ProcurementItem> Items)> Subtotals { get; } = new();

    public List<ProcurementItem> Items { get; } = new();

    /// <summary>The schedule of a document, or null when it prints none (or one without money columns).</summary>
    public static ProcurementSchedule? Of(PublishedDisclosure document)
    {
        if (document.Table(TableId.Procurement) is not { } table)
        {
            return null;
        }

        var total = table.Columns.ToList().IndexOf("合计");
        var sme = table.Columns.Count - 1;
        if (total < 0 || sme <= total)
        {
            return null;
        }

        var schedule = new ProcurementSchedule(table, total, sme);
        List<ProcurementItem>? unit = null;
        var unitName = document.Header.DepartmentName;
        foreach (var row in table.Rows)
        {
            var label = OfficialNames.Normalize(row.Label);
            if (row.Code is null && label == "合计")
            {
                schedule.GrandTotal = row;
            }
            else if (row.Code is null && label.EndsWith("小计", StringComparison.Ordinal))
            {
                unitName = row.Label.Trim()[..^2];
                schedule.Subtotals.Add((row, unit = new List<ProcurementItem>()));
            }
            else
            {
                var parts = row.Label.Split(LabelSeparator);
                var item = parts.Length == 3
                    ? new ProcurementItem(row, unitName, parts[0].Trim(), parts[1].Trim(), parts[2].Trim())
                    : new ProcurementItem(row, unitName, row.Label.Trim(), row.Label.Trim(), string.Empty);
                schedule.Items.Add(item);
                unit?.Add(item);
            }
        }

        return schedule;
    }
}
