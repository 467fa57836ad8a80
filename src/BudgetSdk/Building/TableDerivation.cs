using BudgetSdk.Facts;
using BudgetSdk.Tables;

namespace BudgetSdk.Building;

/// <summary>
/// Where the builder gets Hebei's nine tables (T1 … T9) from: the derivation through Hebei's form, which
/// <c>BudgetSdk.Forms.Deriving.HebeiTableDerivation</c> sets when the assembly loads.
/// </summary>
/// <remarks>
/// The builder cannot name the forms: they use the audit's findings and the audit rebuilds facts through the builder, so a
/// use from here would close a namespace cycle (Building → Forms → Audit → Building). The forms, above the builder, hand it
/// their derivation instead.
/// </remarks>
internal static class TableDerivation
{
    private static Func<DisclosureFacts, MidpointRounding, IReadOnlyList<BudgetTable>>? _nineTables;

    /// <summary>Derives the nine tables from facts that passed the rules, rounding a half step as given.</summary>
    /// <exception cref="InvalidOperationException">No derivation was set (a bug: the forms set it at load).</exception>
    public static Func<DisclosureFacts, MidpointRounding, IReadOnlyList<BudgetTable>> NineTables
    {
        get => _nineTables ?? throw new InvalidOperationException("BudgetSdk has no derivation of the nine tables (a bug: BudgetSdk.Forms sets it when the assembly loads)");
        set => _nineTables = value;
    }
}
