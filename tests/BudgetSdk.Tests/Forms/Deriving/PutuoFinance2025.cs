using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;

namespace BudgetSdk.Tests.Forms.Deriving;

/// <summary>
/// The facts of 上海市普陀区财政局's 2025 部门预算 (../shared/documents/shanghai/sh-putuo-finance-2025), written by reading its
/// printed tables (pages of 部门支出预算总表, 一般公共预算基本支出部门预算经济分类预算表 and “三公”经费和机关运行经费预算表), not by
/// the importer: 项 by 基本支出/项目支出 (all 一般公共预算), 基本支出 by economic 款, 公务接待费. Codes of the 2024 edition, the
/// latest the schema has.
/// </summary>
internal static class PutuoFinance2025
{
    public static DisclosureBuilder Builder()
    {
        var f = FunctionalCode.ForEdition(2024);
        var e = DepartmentEconomicCode.ForEdition(2024);
        var builder = DisclosureBuilder.For("310107", "001", "上海市普陀区财政局", 2025, new BuildSettings { Edition = 2024 });
        void Spend(string code, decimal basic, decimal project)
        {
            if (basic != 0m)
            {
                builder.Spend(f.Get(code), ExpenseKind.Basic, Money.FromYuan(basic));
            }

            if (project != 0m)
            {
                builder.Spend(f.Get(code), ExpenseKind.Project, Money.FromYuan(project));
            }
        }

        Spend("2010601", 16_093_326.00m, 138_514.80m);
        Spend("2010602", 0m, 100_000.00m);
        Spend("2010607", 0m, 1_666_600.00m);
        Spend("2010608", 0m, 4_188_000.00m);
        Spend("2080501", 877_080.00m, 0m);
        Spend("2080505", 1_748_327.00m, 0m);
        Spend("2080506", 873_617.00m, 0m);
        Spend("2080599", 9_620.00m, 0m);
        Spend("2101101", 782_164.00m, 0m);
        Spend("2210201", 2_049_197.00m, 0m);
        Spend("2210203", 2_687_760.00m, 0m);

        void Personnel(string code, decimal amount) => builder.Basic(e.Get(code), personnel: Money.FromYuan(amount));
        void PublicUse(string code, decimal amount) => builder.Basic(e.Get(code), publicUse: Money.FromYuan(amount));
        Personnel("30101", 2_642_448.00m);
        Personnel("30102", 13_012_070.00m);
        Personnel("30108", 1_748_327.00m);
        Personnel("30109", 873_617.00m);
        Personnel("30110", 782_164.00m);
        Personnel("30112", 28_428.00m);
        Personnel("30113", 2_049_197.00m);
        Personnel("30199", 973_265.00m);
        PublicUse("30201", 170_000.00m);
        PublicUse("30202", 120_000.00m);
        PublicUse("30204", 1_000.00m);
        PublicUse("30207", 50_000.00m);
        PublicUse("30211", 20_000.00m);
        PublicUse("30213", 50_000.00m);
        PublicUse("30215", 10_000.00m);
        PublicUse("30216", 30_000.00m);
        PublicUse("30217", 9_500.00m);
        PublicUse("30226", 30_000.00m);
        PublicUse("30227", 100_000.00m);
        PublicUse("30228", 258_915.00m);
        PublicUse("30229", 436_320.00m);
        PublicUse("30239", 506_480.00m);
        PublicUse("30299", 412_120.00m);
        Personnel("30302", 717_240.00m);
        PublicUse("31002", 90_000.00m);

        builder.ThreePublic(ThreePublicComponent.Reception, Money.FromWan(0.95m));
        return builder;
    }
}
