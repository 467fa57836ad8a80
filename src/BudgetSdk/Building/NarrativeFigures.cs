namespace BudgetSdk.Building;

/// <summary>
/// Every amount the explanatory sections 二、三、四 quote, in 万元, taken from the tables so that the text and
/// the tables cannot disagree.
/// </summary>
public sealed record NarrativeFigures
{
    /// <summary>二.1 收入: 预算收入 (收入总计).</summary>
    public decimal Income { get; init; }

    /// <summary>二.1 收入 by the T1 income line, label → amount, in printed order; then 上年结转结余.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> IncomeByLine { get; init; } = Array.Empty<KeyValuePair<string, decimal>>();

    /// <summary>二.1 上年结转结余.</summary>
    public decimal CarriedOver { get; init; }

    /// <summary>二.2 支出: 支出预算 (支出总计).</summary>
    public decimal Expense { get; init; }

    /// <summary>二.2 基本支出 (T3).</summary>
    public decimal Basic { get; init; }

    /// <summary>二.2 人员经费 (T6).</summary>
    public decimal Personnel { get; init; }

    /// <summary>二.2 日常公用经费 (T6), which is also 三、机关运行经费.</summary>
    public decimal PublicUse { get; init; }

    /// <summary>二.2 项目支出 (T3).</summary>
    public decimal Project { get; init; }

    /// <summary>三、机关运行经费 = T6 公用经费.</summary>
    public decimal OperatingFunds => PublicUse;

    /// <summary>二.3 比上年增减 of the total; null without last year's figures.</summary>
    public decimal? ExpenseChange { get; init; }

    /// <summary>二.3 比上年增减 of 基本支出.</summary>
    public decimal? BasicChange { get; init; }

    /// <summary>二.3 比上年增减 of 项目支出.</summary>
    public decimal? ProjectChange { get; init; }

    /// <summary>四、“三公”经费 total (T9 “三公”经费小计).</summary>
    public decimal ThreePublic { get; init; }

    /// <summary>四、因公出国（境）费.</summary>
    public decimal OverseasTravel { get; init; }

    /// <summary>四、公务用车购置及运维费.</summary>
    public decimal Vehicles { get; init; }

    /// <summary>四、公务用车购置费.</summary>
    public decimal VehiclePurchase { get; init; }

    /// <summary>四、公务用车运维费.</summary>
    public decimal VehicleOperation { get; init; }

    /// <summary>四、公务接待费.</summary>
    public decimal Reception { get; init; }

    /// <summary>四、“三公”经费 比上年增减; null without last year's figures.</summary>
    public decimal? ThreePublicChange { get; init; }

    /// <inheritdoc />
    public bool Equals(NarrativeFigures? other) => other is not null
        && Income == other.Income && IncomeByLine.SequenceEqual(other.IncomeByLine) && CarriedOver == other.CarriedOver
        && Expense == other.Expense && Basic == other.Basic && Personnel == other.Personnel && PublicUse == other.PublicUse
        && Project == other.Project && ExpenseChange == other.ExpenseChange && BasicChange == other.BasicChange
        && ProjectChange == other.ProjectChange && ThreePublic == other.ThreePublic && OverseasTravel == other.OverseasTravel
        && Vehicles == other.Vehicles && VehiclePurchase == other.VehiclePurchase && VehicleOperation == other.VehicleOperation
        && Reception == other.Reception && ThreePublicChange == other.ThreePublicChange;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Income, Expense, Basic, Project, ThreePublic);
}
