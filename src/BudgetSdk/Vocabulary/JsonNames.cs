using BudgetSdk.Facts;
using BudgetSdk.Rules;
using BudgetSdk.Tables;

namespace BudgetSdk.Vocabulary;

/// <summary>The JSON names of every enum the format uses (docs/json-format.md lists them).</summary>
internal static class JsonNames
{
    public static JsonEnum<ExpenseKind> Kind { get; } = new(
        "a kind of spending",
        (ExpenseKind.Basic, "basic"),
        (ExpenseKind.Project, "project"),
        (ExpenseKind.Operating, "operating"),
        (ExpenseKind.RemittanceToSuperior, "remittanceToSuperior"),
        (ExpenseKind.SubsidyToAffiliates, "subsidyToAffiliates"),
        (ExpenseKind.Reserve, "reserve"));

    public static JsonEnum<SpendingPart> Part { get; } = new(
        "a part of 基本支出",
        (SpendingPart.Personnel, "personnel"),
        (SpendingPart.PublicUse, "publicUse"));

    public static JsonEnum<FundingSource> Source { get; } = new(
        "a funding source",
        (FundingSource.GeneralPublicBudget, "generalPublicBudget"),
        (FundingSource.GovernmentFund, "governmentFund"),
        (FundingSource.StateCapital, "stateCapital"),
        (FundingSource.FiscalSpecialAccount, "fiscalSpecialAccount"),
        (FundingSource.BusinessIncome, "businessIncome"),
        (FundingSource.OperatingIncome, "operatingIncome"),
        (FundingSource.SuperiorSubsidy, "superiorSubsidy"),
        (FundingSource.AffiliatedRemittance, "affiliatedRemittance"),
        (FundingSource.OtherIncome, "otherIncome"));

    public static JsonEnum<UnitNature> Nature { get; } = new(
        "a unit nature",
        (UnitNature.Administrative, "administrative"),
        (UnitNature.Institution, "institution"));

    public static JsonEnum<ThreePublicComponent> Component { get; } = new(
        "a “三公” component",
        (ThreePublicComponent.OverseasTravel, "overseasTravel"),
        (ThreePublicComponent.OverseasTravelAcademic, "overseasTravelAcademic"),
        (ThreePublicComponent.VehiclePurchase, "vehiclePurchase"),
        (ThreePublicComponent.VehicleOperation, "vehicleOperation"),
        (ThreePublicComponent.Reception, "reception"),
        (ThreePublicComponent.Meeting, "meeting"),
        (ThreePublicComponent.Training, "training"));

    // Every mode is named so that any disclosure round-trips; whether the builder accepts a mode is its rule.
    public static JsonEnum<MidpointRounding> Rounding { get; } = new(
        "a rounding mode",
        (MidpointRounding.AwayFromZero, "awayFromZero"),
        (MidpointRounding.ToEven, "toEven"),
        (MidpointRounding.ToZero, "toZero"),
        (MidpointRounding.ToNegativeInfinity, "toNegativeInfinity"),
        (MidpointRounding.ToPositiveInfinity, "toPositiveInfinity"));

    public static JsonEnum<Severity> Severity { get; } = new(
        "a severity",
        (Rules.Severity.Warning, "warning"),
        (Rules.Severity.Error, "error"));

    public static JsonEnum<TableId> Table { get; } = new(
        "a table id",
        (TableId.T1, "t1"),
        (TableId.T2, "t2"),
        (TableId.T3, "t3"),
        (TableId.T4, "t4"),
        (TableId.T5, "t5"),
        (TableId.T6, "t6"),
        (TableId.T7, "t7"),
        (TableId.T8, "t8"),
        (TableId.T9, "t9"),
        (TableId.Procurement, "procurement"),
        (TableId.Assets, "assets"));
}
