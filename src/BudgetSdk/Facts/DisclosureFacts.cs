namespace BudgetSdk.Facts;

/// <summary>
/// Everything a department states about its budget: the input of <see cref="Building.DisclosureBuilder"/>. Nothing
/// here is a total; every table and every quoted figure is derived from these facts.
/// </summary>
public sealed record DisclosureFacts
{
    /// <summary>Who discloses and for which year.</summary>
    public required DisclosureHeader Header { get; init; }

    /// <summary>The edition (year) of the code lists and template; usually the budget year.</summary>
    public required int Edition { get; init; }

    /// <summary>部门机构设置情况.</summary>
    public IReadOnlyList<OrganizationUnit> Units { get; init; } = Array.Empty<OrganizationUnit>();

    /// <summary>Amounts booked to functional codes: the source of T1–T5, T7 and T8.</summary>
    public IReadOnlyList<Spending> Spending { get; init; } = Array.Empty<Spending>();

    /// <summary>一般公共预算 基本支出 by economic 款: the source of T6.</summary>
    public IReadOnlyList<BasicExpenditure> BasicExpenditures { get; init; } = Array.Empty<BasicExpenditure>();

    /// <summary>“三公” components by fund: the source of T9.</summary>
    public IReadOnlyList<ThreePublicExpense> ThreePublic { get; init; } = Array.Empty<ThreePublicExpense>();

    /// <summary>
    /// 机关运行经费 as stated (<see cref="OperatingFundsAmount"/>); empty when it is the 公用经费 of 基本支出 on 302 and 310, as a
    /// form derives it then. A region's form (<c>FormDerivation</c>) prints these amounts where stated; Hebei's form
    /// (<see cref="Building.DisclosureBuilder"/>) always prints T6's 公用经费 and does not read them.
    /// </summary>
    public IReadOnlyList<OperatingFundsAmount> OperatingFunds { get; init; } = Array.Empty<OperatingFundsAmount>();

    /// <summary>The projects of 项目支出.</summary>
    public IReadOnlyList<Project> Projects { get; init; } = Array.Empty<Project>();

    /// <summary>政府采购预算 rows.</summary>
    public IReadOnlyList<ProcurementLine> Procurement { get; init; } = Array.Empty<ProcurementLine>();

    /// <summary>部门固定资产占用情况, when disclosed.</summary>
    public Assets? Assets { get; init; }

    /// <summary>The free text of the explanatory sections.</summary>
    public Narrative Narrative { get; init; } = new();

    /// <summary>Last year's figures, for the 比上年增减 statements.</summary>
    public PriorYear? PriorYear { get; init; }

    /// <inheritdoc />
    public bool Equals(DisclosureFacts? other) => other is not null
        && Header == other.Header && Edition == other.Edition
        && Units.SequenceEqual(other.Units) && Spending.SequenceEqual(other.Spending)
        && BasicExpenditures.SequenceEqual(other.BasicExpenditures) && ThreePublic.SequenceEqual(other.ThreePublic)
        && OperatingFunds.SequenceEqual(other.OperatingFunds)
        && Projects.SequenceEqual(other.Projects) && Procurement.SequenceEqual(other.Procurement)
        && Assets == other.Assets && Narrative == other.Narrative && PriorYear == other.PriorYear;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Header, Edition, Spending.Count, Projects.Count);
}
