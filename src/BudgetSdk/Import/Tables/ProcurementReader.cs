using System.Text.RegularExpressions;
using BudgetSdk.Import.Structure;
using BudgetSdk.Import.Tables.Columns;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;

namespace BudgetSdk.Import.Tables;

/// <summary>
/// Reads 部门政府采购预算 (section 八). Its header is two rows with merged cells that PDF text misaligns (seed 000 puts
/// 上年结转结余 one cell right of its column), so the fund columns are taken by name from the header row that holds
/// 合计 and the data cells by their fixed order: 项目名称, 预算资金, 采购物品名称, 目录序号, 计量单位, 数量, 单价, 合计,
/// the funds, 预留中小微企业份额.
/// </summary>
internal static partial class ProcurementReader
{
    private const int Descriptors = 7;
    private const string Sme = "预留中小微企业份额";
    private static readonly string[] DefaultFunds = ["一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款", "财政专户核拨", "单位资金", "上年结转结余"];

    public static PrintedTable Read(Region region, ImportContext context)
    {
        var rows = region.Rows.Where(r => !context.IsPageHeader(r)).ToList();
        var funds = FundsFromHeader(rows) ?? context.Template?.ProcurementFunds.Lines.Select(l => l.Label).ToArray() ?? DefaultFunds;
        string[] columns = ["预算资金", "数量", "单价", "合计", .. funds, Sme];
        var raws = new List<RawRow>();
        var options = new List<List<Option>>();

        // Space-separated text: a 项目名称 or unit name too long for its column wraps, its first pieces on lines of their
        // own above the line with the amounts. Pieces count once the 合计 row has been read: above it they are the
        // wrapped words of the column header.
        var wrapped = string.Empty;
        foreach (var row in rows.Where(r => !IsHeader(r)))
        {
            if (row.HasCells && raws.Count > 0 && ContinuesItem(raws[^1], row))
            {
                continue;
            }

            var (raw, rowOptions) = context.Format == TextFormat.SpaceSeparated ? Spaced(row, columns.Length, wrapped) : Positional(row, columns.Length);
            if (raw is not null)
            {
                raws.Add(raw);
                options.Add(rowOptions);
                wrapped = string.Empty;
            }
            else if (raws.Count > 0 && !row.HasCells)
            {
                wrapped += Names.Compact(row.Text);
            }
        }

        foreach (var (raw, rowOptions) in raws.Zip(options))
        {
            rowOptions.ForEach(o => o.Score += Preferences.Of(TableId.Procurement, raw, o, context) + Preferences.ProcurementColumns(o, columns, context) + CrossTable.ProcurementAgainstT1(o, columns, context));
        }

        var (parents, sums) = Parents.Of(TableId.Procurement, raws, columns.Length);
        var chosen = HierarchyResolver.Choose(options, parents, sums);
        var printed = raws.Select((r, i) => new PrintedRow(r.Code, r.Label, null, options[i][chosen[i]].Cells, r.Line)).ToArray();
        return new PrintedTable(TableId.Procurement, region.Title, columns, printed, region.Line);
    }

    private static bool IsHeader(SourceRow row)
        => row.Text.Contains("采购项目来源", StringComparison.Ordinal) || row.Text.Contains("采购物品", StringComparison.Ordinal)
            || row.FirstToken is "项目名称" || (row.HasCells && row.Cells!.Any(c => Names.Compact(c) is "预算资金" or "一般公共预算拨款"));

    private static string[]? FundsFromHeader(List<SourceRow> rows)
    {
        foreach (var row in rows.Where(r => r.HasCells))
        {
            var cells = row.Cells!.Select(Names.Compact).ToArray();
            var total = Array.IndexOf(cells, "合计");
            if (total >= 0 && IsHeader(row))
            {
                var funds = cells.Skip(total + 1).Where(c => c.Length > 0 && !c.Contains("中小微", StringComparison.Ordinal)).ToArray();
                return funds.Length > 0 ? funds : null;
            }
        }

        return null;
    }

    // A long 项目名称 or 采购物品名称 wraps onto a row of its own with no amount and no catalogue code: its pieces
    // belong to the item above.
    private static bool ContinuesItem(RawRow item, SourceRow row)
    {
        var cells = row.Cells!;
        if (item.Code is null || Cell(cells, 3).Length > 0 || cells.Skip(1).Any(PrintedNumbers.IsNumber))
        {
            return false;
        }

        var parts = item.Label.Split('｜');
        if (parts.Length != 3)
        {
            return false;
        }

        item.Label = $"{parts[0]}{Names.Compact(Cell(cells, 0))}｜{parts[1]}{Names.Compact(Cell(cells, 2))}｜{parts[2]}{Names.Compact(Cell(cells, 4))}";
        return true;
    }

    private static (RawRow? Row, List<Option> Options) Positional(SourceRow row, int columns)
    {
        PrintedNumbers.RefuseTooLarge(row);
        var cells = row.Cells ?? [row.Text];
        var label = Names.Compact(cells[0]);
        if (label.Length == 0 && cells.All(c => c.Length == 0))
        {
            return (null, []);
        }

        var raw = new RawRow(row.Line);
        var values = new decimal?[columns];
        var summary = label == "合计" || label.EndsWith("小计", StringComparison.Ordinal);
        if (summary)
        {
            raw.Label = label;
        }
        else
        {
            raw.Code = Cell(cells, 3) is { Length: > 0 } code ? code : null;
            raw.Label = $"{label}｜{Names.Compact(Cell(cells, 2))}｜{Names.Compact(Cell(cells, 4))}";
            values[0] = PrintedNumbers.Parse(Cell(cells, 1));
            values[1] = PrintedNumbers.Parse(Cell(cells, 5));
            values[2] = PrintedNumbers.Parse(Cell(cells, 6));
        }

        for (var c = 3; c < columns; c++)
        {
            values[c] = PrintedNumbers.Parse(Cell(cells, Descriptors + c - 3));
        }

        return (raw, [new Option(values, 0)]);
    }

    // Space-separated: 项目名称 预算资金 采购物品名称 目录序号 计量单位 数量 单价, then the amounts with blanks dropped.
    private static (RawRow? Row, List<Option> Options) Spaced(SourceRow row, int columns, string wrapped)
    {
        PrintedNumbers.RefuseTooLarge(row);
        var tokens = SpaceRows.Tokenize(row.Text);
        var catalogue = tokens.FindIndex(t => CatalogueCode().IsMatch(t));
        // Amounts print with decimals; a bare whole number (2024 年 in a wrapped header) is not one.
        var firstNumber = tokens.FindIndex(t => t.Contains('.', StringComparison.Ordinal) && PrintedNumbers.IsNumber(t));
        if (firstNumber < 0)
        {
            return (null, []);
        }

        var raw = new RawRow(row.Line);
        var fixedCells = new decimal?[columns];
        List<decimal> numbers;
        if (catalogue > firstNumber && catalogue + 3 < tokens.Count)
        {
            raw.Code = tokens[catalogue];
            raw.Label = $"{wrapped}{string.Concat(tokens.Take(firstNumber))}｜{string.Concat(tokens.Skip(firstNumber + 1).Take(catalogue - firstNumber - 1))}｜{tokens[catalogue + 1]}";
            fixedCells[0] = PrintedNumbers.Parse(tokens[firstNumber]);
            fixedCells[1] = PrintedNumbers.Parse(tokens[catalogue + 2]);
            fixedCells[2] = PrintedNumbers.Parse(tokens[catalogue + 3]);
            numbers = tokens.Skip(catalogue + 4).Select(PrintedNumbers.Parse).OfType<decimal>().ToList();
        }
        else
        {
            raw.Label = wrapped + string.Concat(tokens.Take(firstNumber));
            numbers = tokens.Skip(firstNumber).Select(PrintedNumbers.Parse).OfType<decimal>().ToList();
        }

        return (raw, Placements.Of(TableId.Procurement, fixedCells, Enumerable.Range(3, columns - 3).ToList(), numbers));
    }

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index] : string.Empty;

    [GeneratedRegex(@"^[A-C][0-9]{8}$")]
    private static partial Regex CatalogueCode();
}
