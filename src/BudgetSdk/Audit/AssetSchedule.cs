using BudgetSdk.Import;
using BudgetSdk.Tables;
using BudgetSdk.Text;

namespace BudgetSdk.Audit;

/// <summary>
/// The rows of the printed 固定资产占用情况表 by what they are, found by the words of their labels (numbering and
/// spacing vary: 3、单价在 20 万元以上的设备 / 3、单价在20万元以上的设备). Columns: 数量, 价值.
/// </summary>
internal sealed class AssetSchedule
{
    public const int Quantity = 0;
    public const int Value = 1;

    private AssetSchedule(PrintedTable table) => Table = table;

    public PrintedTable Table { get; }

    /// <summary>资产总额.</summary>
    public PrintedRow? Total { get; private set; }

    /// <summary>房屋.</summary>
    public PrintedRow? Buildings { get; private set; }

    /// <summary>其中：办公用房 (part of 房屋, not of the total).</summary>
    public PrintedRow? Offices { get; private set; }

    /// <summary>车辆.</summary>
    public PrintedRow? Vehicles { get; private set; }

    /// <summary>单价在 20 万元以上的设备.</summary>
    public PrintedRow? Equipment { get; private set; }

    /// <summary>其他固定资产.</summary>
    public PrintedRow? Others { get; private set; }

    /// <summary>The rows 资产总额 sums, in printed order.</summary>
    public IEnumerable<PrintedRow> Parts => new[] { Buildings, Vehicles, Equipment, Others }.OfType<PrintedRow>();

    /// <summary>The schedule of a document, or null when it prints none.</summary>
    public static AssetSchedule? Of(PublishedDisclosure document)
    {
        if (document.Table(TableId.Assets) is not { } table || table.Columns.Count < 2)
        {
            return null;
        }

        var schedule = new AssetSchedule(table);
        foreach (var row in table.Rows)
        {
            var label = OfficialNames.Normalize(row.Label);
            if (label.Contains("资产总额", StringComparison.Ordinal))
            {
                schedule.Total ??= row;
            }
            else if (label.Contains("办公用房", StringComparison.Ordinal))
            {
                schedule.Offices ??= row;
            }
            else if (label.Contains("房屋", StringComparison.Ordinal))
            {
                schedule.Buildings ??= row;
            }
            else if (label.Contains("车辆", StringComparison.Ordinal))
            {
                schedule.Vehicles ??= row;
            }
            else if (label.Contains("设备", StringComparison.Ordinal))
            {
                schedule.Equipment ??= row;
            }
            else if (label.Contains("其他固定资产", StringComparison.Ordinal))
            {
                schedule.Others ??= row;
            }
        }

        return schedule;
    }
}
