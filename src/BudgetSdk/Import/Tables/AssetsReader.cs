using BudgetSdk.Import.Structure;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;

namespace BudgetSdk.Import.Tables;

/// <summary>
/// Reads 部门固定资产占用情况表 (section 九): six fixed rows of 数量 and 价值. Rows are named as the derived schedule
/// names them when the printed label is the same line, so locations compare; in space-separated text the label itself
/// holds a space and a number (<c>3、单价在 20 万元以上的设备</c>), so it is matched as a whole before the amounts.
/// </summary>
internal static class AssetsReader
{
    private static readonly string[] Labels =
        ["资产总额", "1、房屋（平方米）", "其中：办公用房（平方米）", "2、车辆（台、辆）", "3、单价在 20 万元以上的设备", "4、其他固定资产"];

    public static PrintedTable Read(Region region, ImportContext context)
    {
        var rows = new List<PrintedRow>();
        foreach (var row in region.Rows.Where(r => !context.IsPageHeader(r)))
        {
            var parsed = row.HasCells ? Positional(row) : Spaced(row);
            if (parsed is not null)
            {
                rows.Add(parsed);
            }
        }

        return new PrintedTable(TableId.Assets, region.Title, ["数量", "价值"], rows, region.Line);
    }

    private static PrintedRow? Positional(SourceRow row)
    {
        PrintedNumbers.RefuseTooLarge(row);
        var label = row.Cell(0);
        if (label.Length == 0 || Names.Compact(label) == "项目")
        {
            return null;
        }

        return new PrintedRow(null, Names.Canonical(label, Labels), null, [PrintedNumbers.Parse(row.Cell(1)), PrintedNumbers.Parse(row.Cell(2))], row.Line);
    }

    private static PrintedRow? Spaced(SourceRow row)
    {
        PrintedNumbers.RefuseTooLarge(row);
        var tokens = SpaceRows.Tokenize(row.Text);
        var (label, used) = KnownLabel(tokens);
        if (label is null)
        {
            used = tokens.TakeWhile(t => !PrintedNumbers.IsNumber(t)).Count();
            label = Names.Compact(string.Concat(tokens.Take(used)));
            if (label.Length == 0 || label.StartsWith("项目", StringComparison.Ordinal))
            {
                return null;
            }
        }

        var numbers = tokens.Skip(used).Where(PrintedNumbers.IsNumber).ToList();
        decimal? quantity = null, value = null;
        if (numbers.Count >= 2)
        {
            quantity = PrintedNumbers.Parse(numbers[0]);
            value = PrintedNumbers.Parse(numbers[1]);
        }
        else if (numbers.Count == 1)
        {
            // One number is the 价值 (printed with decimals, and the only column 资产总额 has); a whole number is a count.
            var isValue = label == Labels[0] || numbers[0].Contains('.', StringComparison.Ordinal);
            if (isValue)
            {
                value = PrintedNumbers.Parse(numbers[0]);
            }
            else
            {
                quantity = PrintedNumbers.Parse(numbers[0]);
            }
        }

        return new PrintedRow(null, label, null, [quantity, value], row.Line);
    }

    // The fewest leading words that spell one of the known labels.
    private static (string? Label, int Used) KnownLabel(List<string> tokens)
    {
        var text = string.Empty;
        for (var used = 1; used <= tokens.Count && used <= 6; used++)
        {
            text += tokens[used - 1];
            var key = Names.Key(text);
            if (Labels.FirstOrDefault(l => Names.Key(l) == key) is { } label)
            {
                return (label, used);
            }
        }

        return (null, 0);
    }
}
