using BudgetSdk.Facts;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Tables;

namespace BudgetSdk.Forms.Deriving;

/// <summary>
/// Gives the builder its nine tables: the facts derived in the shipped Hebei form of their region and year
/// (<see cref="FormCatalog.SelectInForce"/>: a later year's in the newest form before it), read off as <see cref="BudgetTable"/>s by <see cref="HebeiTables"/>.
/// </summary>
internal static class HebeiTableDerivation
{
    /// <summary>The nine tables of the facts in their region's form, 部门 kind.</summary>
    /// <exception cref="InvalidOperationException">No shipped form for the facts' region and year.</exception>
    internal static IReadOnlyList<BudgetTable> Derive(DisclosureFacts facts, MidpointRounding midpoint)
    {
        var region = facts.Header.RegionCode ?? string.Empty;
        var form = FormCatalog.Shipped.SelectInForce(region, facts.Header.Year)
            ?? throw new InvalidOperationException(FormCatalog.Shipped.NoFormMessage(FormCatalog.RegionName(region), facts.Header.Year));
        return HebeiTables.Of(FormDerivation.Derive(facts, form, "department", midpoint));
    }
}
