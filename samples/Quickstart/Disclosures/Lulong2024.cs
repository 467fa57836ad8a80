// The facts of 卢龙县人民政府办公室's 2024 budget disclosure, typed from the published document
// (../shared/seeds/000_1c2c7671bae8aa3f.txt). Only facts appear here: every total, table and quoted figure
// of the disclosure is derived by BudgetSdk. The test suite builds the same facts and compares every cell
// with the published tables.
using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;
using F = BudgetSdk.Codes.FunctionalCode.Edition2024;
using E = BudgetSdk.Codes.DepartmentEconomicCode.Edition2024;

namespace BudgetSdk.Samples;

/// <summary>卢龙县人民政府办公室 (region 130324, department 434), budget year 2024.</summary>
public static class Lulong2024
{
    /// <summary>A builder holding every fact of the published disclosure.</summary>
    public static DisclosureBuilder Facts(BuildSettings? settings = null)
    {
        var builder = DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2024, settings)
            .AddUnit("卢龙县人民政府办公室本级", UnitNature.Administrative, "正科级", "财政拨款")
            .AddUnit("卢龙县人民政府办公室事业", UnitNature.Administrative, "正科级", "财政拨款")

            // 部门预算支出总表 (T3) leaves: 一般公共预算 unless a fund is named.
            .Spend(F.行政运行_2010301, ExpenseKind.Basic, W(267.58m))
            .Spend(F.专项业务及机关事务管理_2010305, ExpenseKind.Project, W(318.62m))
            .Spend(F.事业运行_2010350, ExpenseKind.Basic, W(57.45m))
            .Spend(F.其他科学技术支出_2069999, ExpenseKind.Project, W(22.20m))
            .Spend(F.行政单位离退休_2080501, ExpenseKind.Basic, W(22.48m))
            .Spend(F.机关事业单位基本养老保险缴费支出_2080505, ExpenseKind.Basic, W(40.71m))
            .Spend(F.行政单位医疗_2101101, ExpenseKind.Basic, W(17.96m))
            .Spend(F.事业单位医疗_2101102, ExpenseKind.Basic, W(3.75m))
            .Spend(F.支付破产或改制企业职工安置费_2120809, ExpenseKind.Project, W(0.26m), FundingSource.GovernmentFund)
            .Spend(F.住房公积金_2210201, ExpenseKind.Basic, W(26.62m))

            // 一般公共预算财政拨款基本支出表 (T6) 款 rows.
            .Basic(E.基本工资_30101, personnel: W(163.68m))
            .Basic(E.津贴补贴_30102, personnel: W(70.17m))
            .Basic(E.奖金_30103, personnel: W(33.36m))
            .Basic(E.绩效工资_30107, personnel: W(17.43m))
            .Basic(E.机关事业单位基本养老保险缴费_30108, personnel: W(40.71m))
            .Basic(E.职工基本医疗保险缴费_30110, personnel: W(21.71m))
            .Basic(E.其他社会保障缴费_30112, personnel: W(1.50m))
            .Basic(E.住房公积金_30113, personnel: W(26.62m))
            .Basic(E.办公费_30201, publicUse: W(6.00m))
            .Basic(E.工会经费_30228, publicUse: W(2.64m))
            .Basic(E.公务用车运行维护费_30231, publicUse: W(3.00m))
            .Basic(E.其他交通费用_30239, publicUse: W(22.56m))
            .Basic(E.退休费_30302, personnel: W(22.48m))
            .Basic(E.生活补助_30305, personnel: W(4.69m))

            // “三公” components; the published T9 left 合计, 小计 and 公务用车购置及运维费 blank.
            .ThreePublic(ThreePublicComponent.VehicleOperation, W(3.50m))
            .ThreePublic(ThreePublicComponent.Reception, W(12.00m))

            .AddProcurement(new ProcurementLine(
                "卢龙县人民政府办公室本级", "县机关服务中心餐饮服务外包项目", W(189.00m), "餐饮服务", "C22040000", "年", 1m, W(189.00m),
                new[] { new ProcurementAmount(FundingSource.GeneralPublicBudget, W(189.00m)) }, W(189.00m)))
            .WithAssets(new Assets(0m, 0m, Money.Zero, 2, W(3.26m), 0, Money.Zero, 656, W(43.44m)))
            .WithPriorYear(new PriorYear(Basic: W(429.57m), Project: W(362.91m), ThreePublic: W(21.50m)))
            .WithNarrative(new Narrative
            {
                ProjectSummary = "招商经费45万元、综合事务经费38.9万元、金融办工作经费10万元、政府网站服务器租赁费及网站维护费22.2万元、政府机关服务中心餐饮服务外包项目189万元等",
                BasicChangeReason = "工资、社保调整增加人员支出",
                ProjectChangeReason = "因机构改革原我办所属方志办调整到卢龙县档案馆，年鉴出版费、《卢龙县村镇志》编纂出版工作经费相应调出，减少项目支出29万元",
                OperatingFundsUse = "日常维修、办公用房水电费、办公用房取暖费、办公用房物业管理费等日常运行支出",
                ThreePublicChangeReason = "落实上级“过紧日子”政策，严控一般性支出，减少招商接待费支出6万元",
            });

        foreach (var project in Projects)
        {
            builder.AddProject(project);
        }

        return builder;
    }

    /// <summary>The thirteen projects of section 七 (项目绩效目标表 headers). A plan is given where the document prints all four points.</summary>
    private static IEnumerable<Project> Projects => new[]
    {
        Project("13032424P00442810432J", "定向选调生房租补助", 1.80m, "定向选调生辛明效 2023 年 7 月-2024 年 12 月房租补助。", F.专项业务及机关事务管理_2010305) with
        {
            // The indicator grid as printed; a 二级 tier can only be taken under its own 一级 (IndicatorTiers.….一级.二级).
            Indicators = new[]
            {
                Indicator(IndicatorTiers.Hebei2024.产出指标.数量指标, "补助、补贴人数", "1 人"),
                Indicator(IndicatorTiers.Hebei2024.产出指标.质量指标, "补助、补贴发放覆盖率", "100%"),
                Indicator(IndicatorTiers.Hebei2024.产出指标.时效指标, "补助、补贴发放时间", "按规定时间及时发放"),
                Indicator(IndicatorTiers.Hebei2024.产出指标.成本指标, "人均补助、补贴标准", "18000 元/人"),
                Indicator(IndicatorTiers.Hebei2024.效益指标.社会效益指标, "受补助人群生活水平提高程度", "生活水平比上年进一步提高"),
                Indicator(IndicatorTiers.Hebei2024.满意度指标.服务对象满意度指标, "受补助人员满意度", "≥95%"),
            },
        },
        Project("13032424P004428104265", "集中办公临时机构工作经费", 10.00m, "保障清洁取暖办、粉浆水办、我来办等集中办公临时机构正常办公。", F.专项业务及机关事务管理_2010305),
        Project("13032424P00442810420F", "金融办工作经费", 10.00m, "金融办日常工作经费。", F.专项业务及机关事务管理_2010305, Plan(25, 50, 84, 100)),
        Project("13032424P00442810427Q", "劳务派遣经费", 13.08m, "主要用于劳务派遣人员工资福利支出，保障市长热线电话畅通。", F.专项业务及机关事务管理_2010305, Plan(25, 50, 84, 100)),
        Project("13032424P00442810423A", "律师顾问费", 3.00m, "与河北沙洲律师事务所签定法律顾问聘请合同，聘请毕永强律师为县政府常年法律顾问。", F.专项业务及机关事务管理_2010305, Plan(0, 0, 0, 100)),
        Project("13032424P00442810431Y", "援疆干部待遇经费", 5.00m, "落实援疆干部有关待遇、补助。", F.专项业务及机关事务管理_2010305, Plan(25, 50, 84, 100)),
        Project("13032424P00442810428C", "云视频会议系统", 0.84m, "用于云视频会议系统的服务和维护，实现省市县三级系统互联互通。", F.专项业务及机关事务管理_2010305, Plan(0, 100, 100, 100)),
        Project("13032424P004428104213", "招商引资经费", 45.00m, "做好来访客商的接待服务工作；组织筹备招商活动，搭建招商引资平台。", F.专项业务及机关事务管理_2010305),
        Project("13032424P00442810425H", "政府网站服务器租赁费及网站维护费", 22.20m, "保障政府网站正常运转，实时监测、防护网站数据及网站维护服务。", F.其他科学技术支出_2069999),
        Project("13032424P00442810424X", "政务公开经费", 2.00m, "保障县政务公开透明运行工作领导小组日常工作。", F.专项业务及机关事务管理_2010305, Plan(25, 50, 84, 100)),
        Project("13032424P004428104194", "综合事务经费", 38.90m, "保障政府机关工作正常运转；发挥办公室综合协调、服务职能，推进县政府各项工作有序开展。", F.专项业务及机关事务管理_2010305),
        Project("13032424P00443210088K", "企业改制资金", 0.26m, "原机械化公司改制人员 2024 年大病医疗保险。", F.支付破产或改制企业职工安置费_2120809),
        Project("13032424P00443111158N", "县机关服务中心餐饮服务外包项目", 189.00m, "保障县行政中心各机关单位职工早、中、晚共计约 800 人就餐；保障县委、县政府各职能部门对外接待服务工作。", F.专项业务及机关事务管理_2010305, Plan(25, 50, 84, 100)),
    };

    private static Project Project(string code, string name, decimal fiscalWan, string purpose, FunctionalCode booking, SpendingPlan? plan = null)
        => new(code, name, W(fiscalWan), Money.Zero, purpose, booking, plan, new[] { purpose });

    private static PerformanceIndicator Indicator(IndicatorTier tier, string name, string value)
        => new(tier, name, name, IndicatorValue.Parse(value), "秦组字 [201]33 号");

    private static SpendingPlan Plan(decimal march, decimal june, decimal october, decimal december) => new(march, june, october, december);

    private static Money W(decimal wan) => Money.FromWan(wan);
}
