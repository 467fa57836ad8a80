using BudgetSdk.Amounts;
using BudgetSdk.Facts;

namespace BudgetSdk.Rules;

/// <summary>
/// The soft cross-checks between the economic and functional views (domain.md §11): they usually hold, and a
/// difference is worth a look, but a real budget may break them for good reasons, so they are warnings.
/// </summary>
internal static class SoftChecks
{
    public static void Check(RuleContext context)
    {
        Equal(context, RuleCatalog.PensionInsurance, "30108", context.BasicUnder("30108"), context.SpendingUnder("2080505"));
        Equal(context, RuleCatalog.HousingFund, "30113", context.BasicUnder("30113"), context.SpendingUnder("2210201"));
        Equal(context, RuleCatalog.Retirement, "30302", context.BasicUnder("30302"), context.SpendingUnder("2080501") + context.SpendingUnder("2080502"));
        Equal(context, RuleCatalog.MedicalInsurance, "30110", context.BasicUnder("30110") + context.BasicUnder("30111"), context.SpendingUnder("21011"));

        var threePublic = context.Facts.ThreePublic;
        AtLeast(context, RuleCatalog.VehicleOperation, "T9/公务用车运行维护费", Component(threePublic, ThreePublicComponent.VehicleOperation), context.BasicUnder("30231"));
        AtLeast(context, RuleCatalog.Reception, "T9/公务接待费", Component(threePublic, ThreePublicComponent.Reception), context.BasicUnder("30217"));
    }

    private static Money Component(IEnumerable<ThreePublicExpense> expenses, ThreePublicComponent component)
        => Money.Sum(expenses.Where(t => t.Component == component && t.Fund.IsFiscal()).Select(t => t.Amount));

    private static void Equal(RuleContext context, Rules.Rule rule, string economicCode, Money economic, Money functional)
    {
        // Only meaningful when the department has either side at all.
        if (!economic.IsZero || !functional.IsZero)
        {
            context.ReportUnequal(rule, $"T6/{economicCode}/合计", functional, economic, rule.Title + ", but they differ");
        }
    }

    private static void AtLeast(RuleContext context, Rules.Rule rule, string location, Money threePublic, Money basic)
    {
        if (threePublic < basic)
        {
            context.Report(rule, location, rule.Title + ": the 基本支出 part alone is more", "at least " + basic, threePublic.ToString());
        }
    }
}
