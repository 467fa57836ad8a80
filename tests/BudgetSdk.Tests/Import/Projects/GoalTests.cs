using BudgetSdk.Import;
using BudgetSdk.Import.Projects;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Tests.Import.Projects;

/// <summary>绩效目标 entries: numbered text split only at the next expected number.</summary>
public class GoalTests
{
    [Fact]
    public void Entries_split_at_consecutive_numbers_only()
    {
        GoalReader.Entries("1.通过安装设备，实现监控。\n2.通过管理，降低费用。").ShouldBe(new[] { "通过安装设备，实现监控。", "通过管理，降低费用。" });
        GoalReader.Entries("1. 发放 2023 年 7 月-2024 年 12 月房租补助。").ShouldBe(new[] { "发放 2023 年 7 月-2024 年 12 月房租补助。" });
        GoalReader.Entries("1.2024 年劳务派遣经费").ShouldBe(new[] { "2024 年劳务派遣经费" });
        GoalReader.Entries("1.完成 3.12 月底前的任务；2、按时支付").ShouldBe(new[] { "完成 3.12 月底前的任务", "按时支付" });
        GoalReader.Entries("保障机关正常运转").ShouldBe(new[] { "保障机关正常运转" });
    }

    [Fact]
    public void A_long_term_goal_is_kept_apart_from_the_annual_entries()
    {
        var rows = new List<SourceRow>
        {
            SourceRow.FromCells(10, ["中长期目标", "建成全县统一的公车管理平台。"]),
            SourceRow.FromCells(11, ["年度目标", "1.安装定位设备。\n2.降低运行费用。"]),
        };
        var (goals, longTerm) = GoalReader.Read(rows, TextFormat.TabSeparated);
        longTerm.ShouldBe("建成全县统一的公车管理平台。");
        goals.ShouldBe(new[] { "安装定位设备。", "降低运行费用。" });
    }
}
