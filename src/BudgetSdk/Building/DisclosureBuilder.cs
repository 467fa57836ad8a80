using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Facts;

namespace BudgetSdk.Building;

/// <summary>
/// Collects a department's facts and builds its disclosure. Only facts can be added — a functional 项 and its
/// amounts, 基本支出 by economic 款, “三公” components, projects, purchases, assets, text; every total, table and
/// quoted figure is derived by <see cref="Build()"/>, which also runs every rule.
/// </summary>
/// <example>
/// <code>
/// var result = DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2024)
///     .Spend(FunctionalCode.Edition2024.行政运行_2010301, ExpenseKind.Basic, Money.FromWan(267.58m))
///     .Basic(DepartmentEconomicCode.Edition2024.基本工资_30101, personnel: Money.FromWan(163.68m))
///     .Build();
/// </code>
/// </example>
public sealed class DisclosureBuilder
{
    private readonly List<OrganizationUnit> _units = new();
    private readonly List<Spending> _spending = new();
    private readonly List<BasicExpenditure> _basic = new();
    private readonly List<ThreePublicExpense> _threePublic = new();
    private readonly List<Project> _projects = new();
    private readonly List<ProcurementLine> _procurement = new();
    private Assets? _assets;
    private Narrative _narrative = new();
    private PriorYear? _priorYear;

    /// <summary>Starts a disclosure.</summary>
    /// <param name="header">Who discloses and for which year.</param>
    /// <param name="settings">Edition, rounding and warning policy; <see cref="BuildSettings.Default"/> when null.</param>
    public DisclosureBuilder(DisclosureHeader header, BuildSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
        Settings = settings ?? BuildSettings.Default;
    }

    /// <summary>Who discloses and for which year.</summary>
    public DisclosureHeader Header { get; }

    /// <summary>The settings <see cref="Build()"/> uses.</summary>
    public BuildSettings Settings { get; }

    /// <summary>Starts a disclosure for a region (6 digits), a department (3-digit code and name) and a budget year.</summary>
    public static DisclosureBuilder For(string regionCode, string departmentCode, string departmentName, int year, BuildSettings? settings = null)
        => new(new DisclosureHeader(regionCode, departmentCode, departmentName, year), settings);

    /// <summary>Adds a unit of 部门机构设置情况.</summary>
    public DisclosureBuilder AddUnit(string name, UnitNature nature, string rank, string fundingForm)
        => Add(_units, new OrganizationUnit(name, nature, rank, fundingForm));

    /// <summary>Books this year's money from <paramref name="source"/> to a functional code (a leaf of the edition).</summary>
    public DisclosureBuilder Spend(FunctionalCode code, ExpenseKind kind, Money amount, FundingSource source = FundingSource.GeneralPublicBudget)
        => Add(_spending, new Spending(NotNull(code), kind, source, amount));

    /// <summary>Books money carried over from last year (上年结转) of <paramref name="source"/> to a functional code.</summary>
    public DisclosureBuilder SpendCarriedOver(FunctionalCode code, ExpenseKind kind, Money amount, FundingSource source = FundingSource.GeneralPublicBudget)
        => Add(_spending, new Spending(NotNull(code), kind, source, amount, true));

    /// <summary>States 一般公共预算 基本支出 of an economic 款, split into 人员经费 and 公用经费.</summary>
    public DisclosureBuilder Basic(DepartmentEconomicCode code, Money personnel = default, Money publicUse = default)
        => Add(_basic, new BasicExpenditure(NotNull(code), personnel, publicUse));

    /// <summary>States a “三公” component paid from a fiscal fund.</summary>
    public DisclosureBuilder ThreePublic(ThreePublicComponent component, Money amount, FundingSource fund = FundingSource.GeneralPublicBudget)
        => Add(_threePublic, new ThreePublicExpense(component, fund, amount));

    /// <summary>Adds a project of 项目支出.</summary>
    public DisclosureBuilder AddProject(Project project) => Add(_projects, NotNull(project));

    /// <summary>Adds a row of 政府采购预算.</summary>
    public DisclosureBuilder AddProcurement(ProcurementLine line) => Add(_procurement, NotNull(line));

    /// <summary>States 固定资产 at the end of last year.</summary>
    public DisclosureBuilder WithAssets(Assets assets)
    {
        _assets = NotNull(assets);
        return this;
    }

    /// <summary>Sets the free text of the explanatory sections.</summary>
    public DisclosureBuilder WithNarrative(Narrative narrative)
    {
        _narrative = NotNull(narrative);
        return this;
    }

    /// <summary>States last year's budget, for the 比上年增减 statements.</summary>
    public DisclosureBuilder WithPriorYear(PriorYear priorYear)
    {
        _priorYear = NotNull(priorYear);
        return this;
    }

    /// <summary>The facts so far, as an immutable value.</summary>
    public DisclosureFacts Facts => new()
    {
        Header = Header,
        Edition = Settings.Edition ?? Header.Year,
        Units = _units.ToArray(),
        Spending = _spending.ToArray(),
        BasicExpenditures = _basic.ToArray(),
        ThreePublic = _threePublic.ToArray(),
        Projects = _projects.ToArray(),
        Procurement = _procurement.ToArray(),
        Assets = _assets,
        Narrative = _narrative,
        PriorYear = _priorYear,
    };

    /// <summary>
    /// Runs every rule and, when none fails, derives the disclosure. Never returns a half-valid disclosure: either
    /// <see cref="BuildResult.Disclosure"/> is set or <see cref="BuildResult.Problems"/> says everything that is wrong.
    /// </summary>
    public BuildResult Build() => DisclosureAssembler.Build(Facts, Settings);

    /// <summary>
    /// Builds a disclosure from facts held as a value — e.g. read back, or changed with <c>with</c> — running every
    /// rule as <see cref="Build()"/> does.
    /// </summary>
    public static BuildResult Build(DisclosureFacts facts, BuildSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return DisclosureAssembler.Build(facts, settings ?? BuildSettings.Default);
    }

    private DisclosureBuilder Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return this;
    }

    private static T NotNull<T>(T value)
        where T : class
        => value ?? throw new ArgumentNullException(nameof(value));
}
