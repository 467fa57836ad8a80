namespace BudgetSdk.Rules;

/// <summary>
/// Every rule on the facts themselves, in one order: the header, the codes, the cross-fact sums, the projects, their
/// indicators, procurement and assets. Hebei's builder and a region's form build (Forms.Deriving.FormBuild) both run
/// exactly these, so a fact is checked alike whichever form it is printed in.
/// </summary>
internal static class FactRuleChecks
{
    public static void Check(RuleContext context)
    {
        HeaderRules.Check(context);
        CodeRules.Check(context);
        CrossFactRules.Check(context);
        ProjectRules.Check(context);
        IndicatorRules.Check(context);
        ProcurementAndAssetRules.Check(context);
    }
}
