using BudgetSdk.Facts;

namespace BudgetSdk.Rules;

/// <summary>
/// The soft cross-checks between the economic and functional views (domain.md §11): they usually hold, and a
/// difference is worth a look, but a real budget may break them for good reasons, so they are warnings. They read
/// their figures through <see cref="ISoftCheckFigures"/>, so the builder runs them on exact facts and an audit on
/// printed tables.
/// </summary>
internal static class SoftChecks
{
    public static IEnumerable<Problem> Check(ISoftCheckFigures figures)
    {
        var problems = new List<Problem>();
        Equal(problems, figures, RuleCatalog.PensionInsurance, "30108", figures.Economic("30108"), figures.Functional("2080505"));
        Equal(problems, figures, RuleCatalog.HousingFund, "30113", figures.Economic("30113"), figures.Functional("2210201"));
        Equal(problems, figures, RuleCatalog.Retirement, "30302", figures.Economic("30302"), figures.Functional("2080501") + figures.Functional("2080502"));
        Equal(problems, figures, RuleCatalog.MedicalInsurance, "30110", figures.Economic("30110") + figures.Economic("30111"), figures.Functional("21011"));
        AtLeast(problems, figures, RuleCatalog.VehicleOperation, "T9/公务用车运行维护费", figures.ThreePublic(ThreePublicComponent.VehicleOperation), figures.Economic("30231"));
        AtLeast(problems, figures, RuleCatalog.Reception, "T9/公务接待费", figures.ThreePublic(ThreePublicComponent.Reception), figures.Economic("30217"));
        return problems;
    }

    private static void Equal(List<Problem> problems, ISoftCheckFigures figures, Rule rule, string economicCode, decimal economic, decimal functional)
    {
        if (economic != functional)
        {
            problems.Add(new Problem(rule.Id, rule.Severity, $"T6/{economicCode}/合计", rule.Title + ", but they differ", figures.Format(functional), figures.Format(economic)));
        }
    }

    private static void AtLeast(List<Problem> problems, ISoftCheckFigures figures, Rule rule, string location, decimal threePublic, decimal basic)
    {
        if (threePublic < basic)
        {
            problems.Add(new Problem(rule.Id, rule.Severity, location, rule.Title + ": the 基本支出 part alone is more", "at least " + figures.Format(basic), figures.Format(threePublic)));
        }
    }
}

/// <summary>The figures the soft cross-checks compare, in 万元: exact facts or printed tables.</summary>
internal interface ISoftCheckFigures
{
    /// <summary>基本支出 of an economic code and the codes under it (T6 合计).</summary>
    decimal Economic(string code);

    /// <summary>Spending on a functional code and the codes under it (T3 合计).</summary>
    decimal Functional(string code);

    /// <summary>A “三公” component over the fiscal funds (T9).</summary>
    decimal ThreePublic(ThreePublicComponent component);

    /// <summary>How an amount is shown in a problem.</summary>
    string Format(decimal wan);
}
