using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using F = BudgetSdk.Codes.FunctionalCode.Edition2024;
using E = BudgetSdk.Codes.DepartmentEconomicCode.Edition2024;

namespace BudgetSdk.Tests.Disclosures;

/// <summary>
/// The facts of 青龙满族自治县机关事务服务中心's 2024 disclosure (region 130321, department 430), typed from
/// ../shared/seeds/002_c31f8c30d2e8c20d.txt: 391.49 万元 of 一般公共预算 carried over from 2023.
/// </summary>
public static class Qinglong2024
{
    /// <summary>
    /// The facts with the 款 of 301 工资福利支出 as printed. They add up to 267.42 while the document prints 267.41
    /// for 301 and 1294.19 for 基本支出, so no correct disclosure has them.
    /// </summary>
    public static DisclosureBuilder AsPrinted() => Build(basicSalary: 117.68m, allowances: 12.34m);

    /// <summary>
    /// The facts as a budget system would hold them, to the 元: 30101 and 30102 each end in half a cent of 万元
    /// (1,176,750 元 and 123,350 元; illustrative amounts consistent with every printed figure, not published ones).
    /// Rounded on its own each prints one cent up, which is how the published 款 came to add up to 267.42; BudgetSdk
    /// rounds the group so that the 款 add up to the printed 267.41.
    /// </summary>
    public static DisclosureBuilder InYuan() => Build(basicSalary: 117.675m, allowances: 12.335m);

    /// <summary>政府采购预算 row 2 as printed: 预留中小微企业份额 1034.40 on a purchase of 595.02.</summary>
    public static ProcurementLine PropertyServices => Line("年初运转类公用经费项目", 1005.59m, "物业管理服务", "C21040000", "项", 595.02m, new ProcurementAmount(FundingSource.GeneralPublicBudget, W(595.02m)), 1034.40m);

    /// <summary>The other three 政府采购预算 rows, as printed.</summary>
    public static IEnumerable<ProcurementLine> OtherPurchases => new[]
    {
        Line("后勤管理服务项目资金", 77.83m, "其他服务", "C99000000", "项", 37.83m, new ProcurementAmount(FundingSource.GeneralPublicBudget, W(37.83m), CarriedOver: true), 37.83m),
        Line("后勤管理服务项目资金", 77.83m, "其他服务", "C99000000", "个", 40.00m, new ProcurementAmount(FundingSource.GeneralPublicBudget, W(40.00m)), 40.00m),
        Line("物业费欠款项目经费", 100.00m, "其他服务", "C99000000", "项", 100.00m, new ProcurementAmount(FundingSource.GovernmentFund, W(100.00m)), 100.00m),
    };

    private static DisclosureBuilder Build(decimal basicSalary, decimal allowances)
    {
        var builder = DisclosureBuilder.For("130321", "430", "青龙满族自治县机关事务服务中心", 2024)
            .AddUnit("青龙满族自治县机关事务服务中心本级", UnitNature.Institution, "正科级", "财政性资金基本保证")

            // 2010303 机关服务: 963.49 of this year's money and 388.81 carried over (T2); 1222.87 基本, 129.43 项目 (T3).
            .Spend(F.机关服务_2010303, ExpenseKind.Basic, W(963.49m))
            .SpendCarriedOver(F.机关服务_2010303, ExpenseKind.Basic, W(259.38m))
            .SpendCarriedOver(F.机关服务_2010303, ExpenseKind.Project, W(129.43m))
            .SpendCarriedOver(F.专项业务及机关事务管理_2010305, ExpenseKind.Project, W(2.57m))
            .SpendCarriedOver(F.其他政府办公厅室及相关机构事务支出_2010399, ExpenseKind.Project, W(0.11m))
            .Spend(F.事业单位离退休_2080502, ExpenseKind.Basic, W(7.75m))
            .Spend(F.机关事业单位基本养老保险缴费支出_2080505, ExpenseKind.Basic, W(31.04m))
            .Spend(F.事业单位医疗_2101102, ExpenseKind.Basic, W(16.61m))
            .Spend(F.其他国有土地使用权出让收入安排的支出_2120899, ExpenseKind.Project, W(200.00m), FundingSource.GovernmentFund)
            .Spend(F.其他巩固脱贫攻坚成果衔接乡村振兴支出_2130599, ExpenseKind.Project, W(4.00m))
            .Spend(F.住房公积金_2210201, ExpenseKind.Basic, W(15.92m))

            .Basic(E.基本工资_30101, personnel: W(basicSalary))
            .Basic(E.津贴补贴_30102, personnel: W(allowances))
            .Basic(E.奖金_30103, personnel: W(4.94m))
            .Basic(E.绩效工资_30107, personnel: W(67.92m))
            .Basic(E.机关事业单位基本养老保险缴费_30108, personnel: W(31.04m))
            .Basic(E.职工基本医疗保险缴费_30110, personnel: W(16.04m))
            .Basic(E.其他社会保障缴费_30112, personnel: W(1.54m))
            .Basic(E.住房公积金_30113, personnel: W(15.92m))
            .Basic(E.办公费_30201, publicUse: W(2.52m))
            .Basic(E.水费_30205, publicUse: W(11.47m))
            .Basic(E.电费_30206, publicUse: W(4.15m))
            .Basic(E.邮电费_30207, publicUse: W(1.40m))
            .Basic(E.物业管理费_30209, publicUse: W(940.17m))
            .Basic(E.差旅费_30211, publicUse: W(0.10m))
            .Basic(E.维修护费_30213, publicUse: W(44.48m))
            .Basic(E.公务用车运行维护费_30231, publicUse: W(1.30m))
            .Basic(E.其他交通费用_30239, publicUse: W(13.44m))
            .Basic(E.退休费_30302, personnel: W(7.75m))

            .ThreePublic(ThreePublicComponent.VehicleOperation, W(1.30m))
            .WithAssets(new Assets(30131.41m, 22666.36m, W(13822.92m), 1, W(15.94m), 3, W(76.26m), 4481, W(1295.41m), OfficeValue: W(9789.03m)));

        foreach (var (code, name, budget) in Projects)
        {
            builder.AddProject(new Project(code, name, W(budget), Money.Zero, name, Plan: new SpendingPlan(25, 50, 75, 100)));
        }

        foreach (var line in OtherPurchases)
        {
            builder.AddProcurement(line);
        }

        return builder;
    }

    /// <summary>The twelve projects of section 七 (all with the plan 25/50/75/100%).</summary>
    private static IEnumerable<(string Code, string Name, decimal Budget)> Projects => new[]
    {
        ("13032123P003317100520", "公车信息平台服务费", 10.17m),
        ("13032123P00331710053K", "机关会议工作经费", 4.00m),
        ("13032123P00331810021E", "后勤管理服务项目资金", 77.83m),
        ("13032123P00331910070U", "民兵训练基地升级改造项目经费", 10.00m),
        ("13032123P00331810061X", "民族文化宫安装备用电源项目资金", 50.00m),
        ("13032123P003319100723", "民族文化广场灯具、喷泉维修项目经费", 5.00m),
        ("13032124P00331810055Y", "三楼会议室屋面维修费用", 10.00m),
        ("13032123P00331910071F", "视频会议系统升级改造项目经费", 10.00m),
        ("13032123P003318100635", "物业费欠款项目经费", 100.00m),
        ("13032123P00331810023M", "消费扶贫款", 4.00m),
        ("13032123P003318100222", "行政办公中心、民族文化宫等维护费", 15.11m),
        ("13032123P00331810062H", "行政办公中心、民族文化宫空调改造项目经费", 40.00m),
    };

    private static ProcurementLine Line(string project, decimal projectBudget, string item, string catalogue, string measure, decimal price, ProcurementAmount amount, decimal sme)
        => new("青龙满族自治县机关事务服务中心本级", project, W(projectBudget), item, catalogue, measure, 1m, W(price), new[] { amount }, W(sme));

    private static Money W(decimal wan) => Money.FromWan(wan);
}
