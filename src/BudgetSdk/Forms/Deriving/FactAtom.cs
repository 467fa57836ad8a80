using BudgetSdk.Facts;
using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Deriving;

/// <summary>
/// The finest quantity a table cell sums, already rounded to the table's unit and decimals: a spending fact merged by
/// (code, kind, source, 上年结转), a 基本支出 款's 人员经费 or 公用经费, or a “三公” component of one fund. Every printed cell
/// is a sum of atoms, so every sum a form declares (合计 of columns, 类 of 款, totals, cross-table identities) holds in the
/// printed figures exactly when the atoms are rounded once.
/// </summary>
/// <param name="Measure"><see cref="FactMeasure.Spending"/>, <see cref="FactMeasure.BasicByEconomic"/>, <see cref="FactMeasure.OperatingFunds"/>, <see cref="FactMeasure.ThreePublic"/> or <see cref="FactMeasure.Procurement"/>.</param>
/// <param name="Code">The functional or economic code's digits; empty for “三公” and for 机关运行经费 stated as one amount; the
/// 政府采购品目 category (A, B, C) for procurement.</param>
/// <param name="Kind">The use of money (基本支出 for an economic atom); null for “三公”.</param>
/// <param name="Fund">The source of the money.</param>
/// <param name="CarriedOver">True for 上年结转.</param>
/// <param name="Part">人员经费 or 公用经费 for an economic atom, and for a spending atom whose fact is split (<see cref="Spending.Part"/>).</param>
/// <param name="Component">The “三公” component.</param>
/// <param name="Amount">The rounded amount in the table's unit.</param>
internal sealed record FactAtom(FactMeasure Measure, string Code, ExpenseKind? Kind, FundingSource Fund, bool CarriedOver, BasicPart? Part, ThreePublicComponent? Component, decimal Amount)
{
    /// <summary>The 机关运行经费 economic 类 when a selector names none: 302 商品和服务支出 and 310 资本性支出.</summary>
    private static readonly string[] OperatingFundsEconomic = ["302", "310"];

    /// <summary>The three “三公” proper, when a selector names no component (会议费 and 培训费 are not among them).</summary>
    private static readonly ThreePublicComponent[] ThreePublicProper =
    [
        ThreePublicComponent.OverseasTravel, ThreePublicComponent.OverseasTravelAcademic, ThreePublicComponent.VehiclePurchase,
        ThreePublicComponent.VehicleOperation, ThreePublicComponent.Reception,
    ];

    /// <summary>True when the selector (already narrowed by table, column and line) takes this atom.</summary>
    public bool Matches(FactSelector select)
    {
        var economic = select.Economic;
        var part = select.Part;
        switch (select.Measure)
        {
            case FactMeasure.Spending or FactMeasure.Inherit when Measure == FactMeasure.Spending:
                break;
            case FactMeasure.BasicByEconomic when Measure == FactMeasure.BasicByEconomic:
                break;
            case FactMeasure.OperatingFunds when Measure == FactMeasure.OperatingFunds:
                // One amount not split by 款 is what a selector of the whole 机关运行经费 takes, and no narrower one.
                return (select.Funds?.Contains(Fund) ?? true)
                    && (Code.Length == 0
                        ? select.Economic is null
                        : (select.Economic ?? OperatingFundsEconomic).Any(p => Code.StartsWith(p, StringComparison.Ordinal)));
            case FactMeasure.ThreePublic when Measure == FactMeasure.ThreePublic:
                return (select.Funds?.Contains(Fund) ?? true)
                    && (select.ThreePublic ?? ThreePublicProper).Contains(Component!.Value);
            case FactMeasure.Procurement when Measure == FactMeasure.Procurement:
                return (select.Funds?.Contains(Fund) ?? true)
                    && (select.Procurement?.Contains(Code) ?? true)
                    && (select.CarriedOver is not { } carriedOver || carriedOver == CarriedOver);
            default:
                return false;
        }

        return (select.Funds?.Contains(Fund) ?? true)
            && (select.Kinds is null || (Kind is { } kind && select.Kinds.Contains(kind)))
            // A spending atom not split into 人员/公用 is in neither part: counting it in both would double the 类 sums.
            && (part is null || Part == part)
            && (economic is null || economic.Any(p => Code.StartsWith(p, StringComparison.Ordinal)))
            && (select.Functional is null || (Measure == FactMeasure.Spending && select.Functional.Any(p => Code.StartsWith(p, StringComparison.Ordinal))))
            && (select.CarriedOver is not { } carried || carried == CarriedOver);
    }
}
