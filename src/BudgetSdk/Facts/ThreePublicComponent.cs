namespace BudgetSdk.Facts;

/// <summary>
/// A component of the “三公” expenses (and the 会议费/培训费 rows some templates add). The member names are the
/// keys the schema's <c>t9-rows</c> templates sum.
/// </summary>
public enum ThreePublicComponent
{
    /// <summary>因公出国（境）费 — or, where a template splits it, 其他因公出国（境）费.</summary>
    OverseasTravel,

    /// <summary>教学科研人员因公出国（境）费.</summary>
    OverseasTravelAcademic,

    /// <summary>公务用车购置费.</summary>
    VehiclePurchase,

    /// <summary>公务用车运行维护费.</summary>
    VehicleOperation,

    /// <summary>公务接待费.</summary>
    Reception,

    /// <summary>会议费 (printed in T9 by some 2023 templates; not a “三公” expense).</summary>
    Meeting,

    /// <summary>培训费 (printed in T9 by some 2023 templates; not a “三公” expense).</summary>
    Training,
}
