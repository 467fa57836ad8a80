using BudgetSdk.Performance;

namespace BudgetSdk.Rendering.Document;

/// <summary>
/// 五、部门整体绩效目标: （一）总体绩效目标, （二）分项绩效目标 with each sub-goal's text and its inline indicators
/// (绩效指标：名称≥2次；…), （三）工作保障措施.
/// </summary>
internal static class TargetText
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static IEnumerable<Block> Of(DepartmentTargets targets)
    {
        yield return new Paragraph("（一）总体绩效目标");
        yield return new Paragraph(targets.OverallGoal ?? "围绕部门职责，保障机关正常运转，完成年度各项工作任务。");
        yield return new Paragraph("（二）分项绩效目标");
        for (var i = 0; i < targets.SubGoals.Count; i++)
        {
            var goal = targets.SubGoals[i];
            yield return new Paragraph($"（{Ordinal(i)}）{goal.Title}");
            yield return new Paragraph("绩效目标：" + goal.Text);
            if (goal.Indicators.Count > 0)
            {
                yield return new Paragraph("绩效指标：" + string.Join("；", goal.Indicators.Select(x => x.Name + x.Value.Raw)) + "。");
            }
        }

        yield return new Paragraph("（三）工作保障措施");
        foreach (var safeguard in targets.Safeguards)
        {
            yield return new Paragraph(safeguard);
        }
    }

    private static string Ordinal(int index) => index < Ordinals.Length ? Ordinals[index] : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
