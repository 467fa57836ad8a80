using BudgetSdk.Import.Text;
using BudgetSdk.Performance.Values;

namespace BudgetSdk.Import.Projects;

/// <summary>
/// Reads the indicator grid (一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据) where cells are known:
/// columns are found by name in each header row (000 inserts an empty column in some grids, and a grid that crosses a
/// page repeats its header), merged 一级/二级 cells are carried down, and a row with only trailing cells filled (the
/// rest of a 依据 wrapped onto the next page) continues the row above. A DOCX converter may put the 指标值 into the cell
/// before it, as the cell's last line (公务用车数量 / ≤500台, the value cell empty): it is taken back out.
/// </summary>
internal static class IndicatorGridReader
{
    private static readonly string[] Headers = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];

    public static IReadOnlyList<PrintedIndicator> Read(List<SourceRow> rows, TextFormat format)
        => format == TextFormat.SpaceSeparated ? SpacedIndicatorReader.Read(rows) : Positional(rows);

    private static List<PrintedIndicator> Positional(List<SourceRow> rows)
    {
        var indicators = new List<PrintedIndicator>();
        int[] at = [0, 1, 2, 3, 4, 5];
        string first = string.Empty, second = string.Empty;
        foreach (var row in rows)
        {
            var cells = row.Cells ?? [row.Text];
            var names = cells.Select(Names.Compact).ToArray();
            if (names.Contains(Headers[0]) && names.Contains(Headers[1]))
            {
                at = Headers.Select(h => Array.IndexOf(names, h)).ToArray();
                continue;
            }

            var printed = at.Select(i => i >= 0 && i < cells.Length ? cells[i] : string.Empty).ToArray();
            RecoverMergedValue(printed);
            var values = printed.Select(c => c.Replace("\n", string.Empty, StringComparison.Ordinal).Trim()).ToArray();
            if (values.All(v => v.Length == 0))
            {
                continue;
            }

            if (values[0].Length == 0 && values[1].Length == 0 && values[2].Length == 0 && values[3].Length == 0 && values[4].Length == 0 && indicators.Count > 0)
            {
                indicators[^1] = indicators[^1] with { Basis = indicators[^1].Basis + values[5] };
                continue;
            }

            // A merged 一级 cell prints once: an empty one continues the tier above, and so does its 二级.
            if (values[0].Length > 0)
            {
                first = values[0];
                second = values[1];
            }
            else if (values[1].Length > 0)
            {
                second = values[1];
            }

            indicators.Add(new PrintedIndicator(first, second, values[2], values[3], values[4], values[5], row.Line));
        }

        return indicators;
    }

    // Only an empty value cell and a last line that reads as a value with a unit (3人, ≤500台, ≥95%) move: a 三级指标
    // or 描述 that merely wraps onto a line with a number (or a value cell that is filled) stays as printed.
    private static void RecoverMergedValue(string[] printed)
    {
        if (printed[4].Trim().Length > 0)
        {
            return;
        }

        foreach (var cell in new[] { 2, 3 })
        {
            var lineBreak = printed[cell].TrimEnd().LastIndexOf('\n');
            if (lineBreak <= 0)
            {
                continue;
            }

            var last = printed[cell][(lineBreak + 1)..].Trim();
            if (IndicatorValue.Parse(last) is { Kind: IndicatorValueKind.Comparison, Unit: not null })
            {
                printed[cell] = printed[cell][..lineBreak];
                printed[4] = last;
                return;
            }
        }
    }
}
