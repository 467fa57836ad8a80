using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;
using E = BudgetSdk.Codes.DepartmentEconomicCode.Edition2024;
using F = BudgetSdk.Codes.FunctionalCode.Edition2024;

namespace BudgetSdk.Tests.Serialization;

/// <summary>
/// A small disclosure that uses every kind of fact, every optional part and awkward values: sub-cent amounts
/// (12.335万元), carried-over money, non-fiscal sources, a project without a functional code, text with quotes,
/// newlines and a character outside the BMP, and one soft-check warning (30108 without 2080505).
/// </summary>
internal static class SampleDisclosure
{
    public static DisclosureBuilder Builder(BuildSettings? settings = null) => DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2024, settings)
        .AddUnit("卢龙县人民政府办公室本级", UnitNature.Administrative, "正科级", "财政拨款")
        .AddUnit("卢龙县政务服务中心", UnitNature.Institution, "股级", "财政性资金基本保证")
        .Spend(F.行政运行_2010301, ExpenseKind.Basic, W(120.00m))
        .Spend(F.专项业务及机关事务管理_2010305, ExpenseKind.Project, W(60.335m))
        .SpendCarriedOver(F.专项业务及机关事务管理_2010305, ExpenseKind.Project, W(5.00m))
        .Spend(F.支付破产或改制企业职工安置费_2120809, ExpenseKind.Project, W(0.26m), FundingSource.GovernmentFund)
        .Spend(F.事业运行_2010350, ExpenseKind.Basic, W(8.00m), FundingSource.BusinessIncome)
        .Spend(F.事业运行_2010350, ExpenseKind.Operating, W(2.5m), FundingSource.OperatingIncome)
        .Basic(E.基本工资_30101, personnel: W(80.00m))
        .Basic(E.机关事业单位基本养老保险缴费_30108, personnel: W(10.00m))
        .Basic(E.办公费_30201, publicUse: W(30.00m))
        .ThreePublic(ThreePublicComponent.Reception, W(2.00m))
        .ThreePublic(ThreePublicComponent.VehicleOperation, W(1.50m))
        .ThreePublic(ThreePublicComponent.OverseasTravel, W(0.40m), FundingSource.GovernmentFund)
        .AddProject(new Project(
            "13032424P00000000001A", "综合事务经费", W(60.335m), W(5.00m), "保障机关正常运转。", F.专项业务及机关事务管理_2010305,
            new SpendingPlan(25m, 50m, 84.5m, 100m), new[] { "按时完成综合事务", "满意度≥95%" })
        {
            MediumTermGoal = "三年内完成",
            Indicators = new[]
            {
                new PerformanceIndicator(Tier("产出指标", "数量指标"), "保障人数", "保障人数", IndicatorValue.Parse("≥39人"), "计划标准"),
                new PerformanceIndicator(Tier("效益指标", "社会效益指标"), "机关运转", "保障机关正常运转", IndicatorValue.Parse("有效保障"), "计划标准"),
                new PerformanceIndicator(Tier("满意度指标", "服务对象满意度指标"), "服务对象满意度", "服务对象满意度", IndicatorValue.Parse("≥95%"), "计划标准"),
            },
        })
        .AddProject(new Project("13032423P00000000002B", "企业改制资金", W(0.26m), Money.Zero, "改制人员大病医疗保险。"))
        .AddProcurement(new ProcurementLine(
            "卢龙县人民政府办公室本级", "综合事务经费", W(65.335m), "复印纸", "A05040101", "箱", 2m, W(2.00m),
            new[] { new ProcurementAmount(FundingSource.GeneralPublicBudget, W(3.00m)), new ProcurementAmount(FundingSource.GeneralPublicBudget, W(1.00m), CarriedOver: true) },
            W(1.50m)))
        .WithAssets(new Assets(1200.50m, 800.25m, W(300.00m), 2, W(30.00m), 1, W(25.00m), 100, W(12.345m), W(4.00m), W(200.00m)))
        .WithPriorYear(new PriorYear(W(110.00m), W(70.00m), W(5.00m)))
        .WithNarrative(new Narrative
        {
            Duties = new[] { "负责县政府日常工作", "协调“三公”经费管理" },
            ProjectSummary = "综合事务经费65.34万元",
            BasicChangeReason = "工资调整\n第二行",
            ProjectChangeReason = "减少 \"引号\" 与 <标签> & 符号",
            OperatingFundsUse = "日常运行",
            ThreePublicChangeReason = "过紧日子",
            Targets = new DepartmentTargets
            {
                OverallGoal = "保障运转 𠀀",
                SubGoals = new[]
                {
                    new SubGoal("建设学习型机关", "创新学习理念", new[] { new InlineIndicator("业务法规学习次数", IndicatorValue.Parse("≥2次")) }),
                    new SubGoal("目标二", "正文", Array.Empty<InlineIndicator>()),
                },
                Safeguards = new[] { "制度保障" },
            },
            SpecialFunds = null,
            OtherMatters = "无",
        });

    public static Disclosure Build(BuildSettings? settings = null) => Builder(settings).Build().GetOrThrow();

    private static Money W(decimal wan) => Money.FromWan(wan);

    private static IndicatorTier Tier(string first, string second)
        => IndicatorFrameworks.Hebei2024.FindSecond(first, second)!;
}
