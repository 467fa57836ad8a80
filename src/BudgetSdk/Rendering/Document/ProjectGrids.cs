using BudgetSdk.Facts;
using BudgetSdk.Performance;

namespace BudgetSdk.Rendering.Document;

/// <summary>
/// A 项目绩效目标表 as a grid: 项目编码 and 项目名称, 预算数 with 财政资金 and 其他资金, 资金用途, the 资金支出计划 labels over
/// their percentages, 绩效目标 (one cell, an entry per line), then the indicator grid with 一级 printed once per merged
/// group, as the published tables merge it.
/// </summary>
internal static class ProjectGrids
{
    private static readonly string[] Months = ["3月底", "6月底", "10月底", "12月底"];

    public static Grid Of(Project project, decimal fiscal, decimal other)
    {
        var plan = project.Plan?.Points.Select(Percent).ToArray() ?? ["", "", "", ""];
        var goals = project.Goals.Count == 0 ? string.Empty : string.Join("\n", project.Goals.Select((g, i) => $"{i + 1}.{g}"));
        var rows = new List<GridRow>
        {
            new("项目编码", project.Code, "项目名称", project.Name),
            new(["预算规模及资金用途", "预算数", PrintedCells.Quoted(fiscal + other), "其中：财政资金", PrintedCells.Quoted(fiscal), "其他资金", PrintedCells.Amount(other)], []),
            new([string.Empty, project.Purpose], [1]),
            new(["资金支出计划（%）", .. Months]),
            new([string.Empty, .. plan]),
            new(["绩效目标", goals], [1]),
        };
        if (project.Indicators.Count > 0)
        {
            rows.Add(new GridRow("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"));
            IndicatorTier? first = null;
            foreach (var indicator in project.Indicators)
            {
                // A merged 一级 cell prints on the first row of its group only.
                var tier = indicator.FirstTier;
                var shown = tier == first ? string.Empty : tier.Name;
                first = tier;
                rows.Add(new GridRow([shown, indicator.Tier.Name, indicator.Name, indicator.Description, indicator.Value.Raw, indicator.Basis], [2, 3, 5]));
            }
        }

        return new Grid([], [], rows, Paged: false);
    }

    private static string Percent(decimal point) => point.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
