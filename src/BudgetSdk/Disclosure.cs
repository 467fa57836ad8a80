using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk;

/// <summary>
/// A department budget disclosure (部门预算信息公开) that is correct by construction: its facts passed every rule,
/// and its nine tables, schedules and quoted figures are derived from them. Made only by
/// <see cref="DisclosureBuilder.Build()"/> (or by reading JSON, which builds again), never half-valid.
/// </summary>
public sealed class Disclosure : IEquatable<Disclosure>
{
    private readonly BudgetTable[] _tables;

    internal Disclosure(
        DisclosureFacts facts,
        DisclosureTemplate template,
        BuildSettings settings,
        IReadOnlyList<BudgetTable> tables,
        NarrativeFigures figures,
        IReadOnlyList<(decimal Fiscal, decimal Other)> projectFunds,
        IReadOnlyList<Problem> warnings)
    {
        Facts = facts;
        Template = template;
        Settings = settings;
        _tables = tables.ToArray();
        Figures = figures;
        ProjectFunds = projectFunds;
        Warnings = warnings;
    }

    /// <summary>What the department stated.</summary>
    public DisclosureFacts Facts { get; }

    /// <summary>Who discloses and for which year.</summary>
    public DisclosureHeader Header => Facts.Header;

    /// <summary>The edition of the code lists used.</summary>
    public int Edition => Facts.Edition;

    /// <summary>The template (表样) the tables follow.</summary>
    public DisclosureTemplate Template { get; }

    /// <summary>The settings it was built with.</summary>
    public BuildSettings Settings { get; }

    /// <summary>The nine tables T1–T9, then the procurement and asset schedules, in printed order.</summary>
    public IReadOnlyList<BudgetTable> Tables => _tables;

    /// <summary>The amounts the explanatory sections quote.</summary>
    public NarrativeFigures Figures { get; }

    /// <summary>财政资金 and 其他资金 of each project in 万元 as printed, in the order of <see cref="DisclosureFacts.Projects"/>.</summary>
    public IReadOnlyList<(decimal Fiscal, decimal Other)> ProjectFunds { get; }

    /// <summary>The soft cross-checks that did not hold (never errors: a disclosure with errors is not built).</summary>
    public IReadOnlyList<Problem> Warnings { get; }

    /// <summary>A table by id.</summary>
    public BudgetTable this[TableId id] => _tables.First(t => t.Id == id);

    /// <summary>Two disclosures are equal when built from equal facts with equal settings; everything else derives.</summary>
    public bool Equals(Disclosure? other) => other is not null && Facts.Equals(other.Facts) && Settings.Equals(other.Settings);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Disclosure);

    /// <inheritdoc />
    public override int GetHashCode() => Facts.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Header.Year} {Header.PrintedDepartment} ({Header.RegionCode}): 收入总计 {Figures.Income:0.00}万元";
}
