using BudgetSdk.Facts;
using BudgetSdk.Tables;

namespace BudgetSdk.Import;

/// <summary>Which text extraction a published document came through (domain.md, "The three text formats").</summary>
public enum TextFormat
{
    /// <summary>PDF text, one table row per line, cells separated by tabs, empty cells kept.</summary>
    TabSeparated,

    /// <summary>PDF text, cells separated by spaces, empty cells dropped, long names wrapped over lines.</summary>
    SpaceSeparated,

    /// <summary>DOCX text, one cell per line starting with a tab, rows separated by blank lines.</summary>
    DocxCells,
}

/// <summary>
/// A published disclosure as printed: what the document says, kept apart from anything derived so that an audit
/// can compare the two. A blank cell stays blank (null), never zero, because a blank where a total belongs is a
/// finding.
/// </summary>
public sealed class PublishedDisclosure
{
    /// <summary>The format the text came in.</summary>
    public required TextFormat Format { get; init; }

    /// <summary>Department code and name and budget year as printed; the region is taken from the project codes when the
    /// document has any (page headers do not print it), else from the division the department's name or a title names,
    /// else the template's province (<see cref="Region"/> says which).</summary>
    public required DisclosureHeader Header { get; init; }

    /// <summary>How the region of <see cref="Header"/> was found; null for a document not read by the importer.</summary>
    public RegionReading? Region { get; init; }

    /// <summary>部门机构设置情况 as printed.</summary>
    public IReadOnlyList<OrganizationUnit> Units { get; init; } = Array.Empty<OrganizationUnit>();

    /// <summary>The tables found: T1–T9 and the procurement and asset schedules, in printed order.</summary>
    public IReadOnlyList<PrintedTable> Tables { get; init; } = Array.Empty<PrintedTable>();

    /// <summary>Amounts quoted by the explanatory sections (二、三、四 and 九), each with its sentence.</summary>
    public IReadOnlyList<QuotedAmount> QuotedAmounts { get; init; } = Array.Empty<QuotedAmount>();

    /// <summary>The 比上年增减 statements of sections 二、三、四, in printed order.</summary>
    public IReadOnlyList<ChangeStatement> ChangeStatements { get; init; } = Array.Empty<ChangeStatement>();

    /// <summary>The years sections 二、三、四 name, once per sentence.</summary>
    public IReadOnlyList<NamedYear> NamedYears { get; init; } = Array.Empty<NamedYear>();

    /// <summary>The 项目绩效目标表 of section 七.</summary>
    public IReadOnlyList<PrintedProject> Projects { get; init; } = Array.Empty<PrintedProject>();

    /// <summary>The headings of the explanatory sections (一、… 十一、) found, in printed order.</summary>
    public IReadOnlyList<PrintedSection> Sections { get; init; } = Array.Empty<PrintedSection>();
    /// <summary>The projects section 二 lists with their amounts after 项目支出, when it lists any.</summary>
    public PrintedProjectList? ProjectList { get; init; }

    /// <summary>The table with this id, or null when the document does not print it.</summary>
    public PrintedTable? Table(TableId id) => Tables.FirstOrDefault(t => t.Id == id);
}

/// <summary>A heading of the explanatory sections as printed, and whether anything follows it.</summary>
/// <param name="Number">The section number, 1 (一、部门职责及机构设置情况) to 11 (十一、其他需要说明的事项).</param>
/// <param name="Heading">The heading as printed.</param>
/// <param name="IsEmpty">True when nothing follows the heading before the next one but page numbers or a bare 无.</param>
/// <param name="Line">The 1-based line of the heading.</param>
public sealed record PrintedSection(int Number, string Heading, bool IsEmpty, int Line);

/// <summary>A table as printed.</summary>
/// <param name="Id">Which table.</param>
/// <param name="Title">The title as printed.</param>
/// <param name="Columns">The amount columns, named as <see cref="BudgetTable.Columns"/> names them for the same table
/// (so that locations of printed and derived tables read alike).</param>
/// <param name="Rows">The data rows in printed order (page and column headers removed).</param>
/// <param name="Line">The 1-based line of the title in the source text.</param>
public sealed record PrintedTable(TableId Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<PrintedRow> Rows, int Line)
{
    /// <summary>
    /// The table with blanks read as zero, as <see cref="Rules.TableChecks"/> takes it (tables print zero as blank).
    /// </summary>
    public BudgetTable ToBudgetTable()
        => new(Id, Title, Columns, Rows.Select(r => new TableRow(r.Code, r.Label, r.Cells.Select(c => c ?? 0m).ToArray(), r.ExpenseLabel)).ToArray());
}

/// <summary>A data row as printed.</summary>
/// <param name="Code">科目编码 (or 政府采购目录序号 in the procurement schedule), or null.</param>
/// <param name="Label">科目名称 / 项目 (wrapped lines joined); the income side of T1/T4.</param>
/// <param name="ExpenseLabel">The expense side's 项目 of T1/T4; null elsewhere.</param>
/// <param name="Cells">One per amount column; null where the cell is blank.</param>
/// <param name="Line">The 1-based line where the row starts.</param>
public sealed record PrintedRow(string? Code, string Label, string? ExpenseLabel, IReadOnlyList<decimal?> Cells, int Line);

/// <summary>An amount a sentence of the explanatory sections quotes.</summary>
/// <param name="Section">The section number (2 = 二、部门预算安排的总体情况, 3, 4, 9).</param>
/// <param name="Subject">What the amount is, in the model's terms: one of <see cref="QuotedSubjects"/>.</param>
/// <param name="Amount">The amount in 万元 as printed.</param>
/// <param name="Sentence">The sentence it was read from.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record QuotedAmount(int Section, string Subject, decimal Amount, string Sentence, int Line);

/// <summary>The subjects a <see cref="QuotedAmount"/> can have.</summary>
public static class QuotedSubjects
{
    /// <summary>预算收入 (收入总计).</summary>
    public const string Income = "income";

    /// <summary>一般公共预算收入.</summary>
    public const string GeneralPublicBudgetIncome = "income.generalPublicBudget";

    /// <summary>基金预算收入.</summary>
    public const string GovernmentFundIncome = "income.governmentFund";

    /// <summary>国有资本经营预算收入.</summary>
    public const string StateCapitalIncome = "income.stateCapital";

    /// <summary>财政专户核拨收入.</summary>
    public const string SpecialAccountIncome = "income.fiscalSpecialAccount";

    /// <summary>单位资金收入.</summary>
    public const string UnitIncome = "income.unitFunds";

    /// <summary>上年结转结余.</summary>
    public const string CarriedOver = "income.carriedOver";

    /// <summary>支出预算 (支出总计).</summary>
    public const string Expense = "expense";

    /// <summary>基本支出.</summary>
    public const string Basic = "expense.basic";

    /// <summary>人员经费.</summary>
    public const string Personnel = "expense.personnel";

    /// <summary>日常公用经费.</summary>
    public const string PublicUse = "expense.publicUse";

    /// <summary>项目支出.</summary>
    public const string Project = "expense.project";

    /// <summary>机关运行经费 (section 三).</summary>
    public const string OperatingFunds = "operatingFunds";

    /// <summary>“三公”经费 total (section 四).</summary>
    public const string ThreePublic = "threePublic";

    /// <summary>因公出国（境）费.</summary>
    public const string OverseasTravel = "threePublic.overseasTravel";

    /// <summary>公务用车购置及运维费.</summary>
    public const string Vehicles = "threePublic.vehicles";

    /// <summary>公务用车购置费.</summary>
    public const string VehiclePurchase = "threePublic.vehiclePurchase";

    /// <summary>公务用车运维费.</summary>
    public const string VehicleOperation = "threePublic.vehicleOperation";

    /// <summary>公务接待费.</summary>
    public const string Reception = "threePublic.reception";

    /// <summary>上年末固定资产金额 (section 九).</summary>
    public const string Assets = "assets";

    /// <summary>政府采购预算 合计 (section 八): no sentence quotes it, but the template names it as the section's subject.</summary>
    public const string Procurement = "procurement";

    /// <summary>A project's amount named in 支出说明 (主要为 X 45万元 …); the sentence names the project.</summary>
    public const string NamedProject = "expense.project.named";
}

/// <summary>A 项目绩效目标表 as printed (2023 tables may lack the code, the amounts and the plan).</summary>
/// <param name="Code">项目编码.</param>
/// <param name="Name">项目名称.</param>
/// <param name="Budget">预算数.</param>
/// <param name="FiscalFunds">其中：财政资金.</param>
/// <param name="OtherFunds">其他资金.</param>
/// <param name="Purpose">资金用途.</param>
/// <param name="PlanHeader">The 资金支出计划 header as printed, e.g. 资金支出计划（%）.</param>
/// <param name="PlanCells">The four printed cells under 3月底, 6月底, 10月底, 12月底 (null where blank or absent).</param>
/// <param name="Goals">绩效目标 entries (numbering stripped).</param>
/// <param name="Indicators">The indicator grid rows, 一级 carried down where the document merges cells.</param>
/// <param name="Line">The 1-based line of the table's start.</param>
public sealed record PrintedProject(
    string? Code,
    string Name,
    decimal? Budget,
    decimal? FiscalFunds,
    decimal? OtherFunds,
    string? Purpose,
    string? PlanHeader,
    IReadOnlyList<string?> PlanCells,
    IReadOnlyList<string> Goals,
    IReadOnlyList<PrintedIndicator> Indicators,
    int Line)
{
    /// <summary>中长期目标, when the table prints one apart from the 年度 绩效目标; null otherwise.</summary>
    public string? LongTermGoal { get; init; }
}

/// <summary>A row of an indicator grid as printed.</summary>
/// <param name="FirstTier">一级指标 (carried down from the row above when the document merges the cell).</param>
/// <param name="SecondTier">二级指标 (carried down likewise).</param>
/// <param name="Name">三级指标.</param>
/// <param name="Description">绩效指标描述.</param>
/// <param name="Value">指标值 as printed.</param>
/// <param name="Basis">指标值确定依据.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record PrintedIndicator(string FirstTier, string SecondTier, string Name, string Description, string Value, string Basis, int Line);
