namespace BudgetSdk.Forms.Model;

/// <summary>
/// A region's form (表样) of the 部门预算 disclosure, described completely by data (a <c>*.budget.json</c> file of kind
/// <c>form</c>, see docs/templates.md): its tables in printed order, the header block, units, how codes print, where
/// totals stand, what each column and line sums, the cross-table identities, and what the narrative (编制说明) quotes.
/// The builder derives, the text writer prints, the reader reads and the audit checks a document by this one description.
/// </summary>
/// <param name="Id">Stable id of the form, e.g. <c>shanghai</c>.</param>
/// <param name="Title">What the form is, e.g. 上海市部门预算公开表样.</param>
/// <param name="Region">The GB/T 2260 prefix the form applies to (2 digits: a province and everything in it; 4: a city and its
/// districts; 6: one county). A county inherits its province's form unless a longer prefix matches.</param>
/// <param name="Years">The budget years the form describes.</param>
/// <param name="Source">Where the form was taken from (documents read), for provenance.</param>
/// <param name="Kinds">The document kinds the form prints (部门 with its units, or one 预算单位) and how each names itself.</param>
/// <param name="Header">The header block above each table.</param>
/// <param name="Tables">The tables, in printed order.</param>
/// <param name="Identities">Equalities between cells of different tables (or sides) that hold in a correct document.</param>
/// <param name="Narrative">What the explanatory text quotes, and how.</param>
public sealed record FormTemplate(
    string Id,
    string Title,
    string Region,
    FormYears Years,
    string? Source,
    IReadOnlyList<FormDocumentKind> Kinds,
    FormHeader Header,
    IReadOnlyList<FormTable> Tables,
    IReadOnlyList<FormIdentity> Identities,
    NarrativeForm Narrative)
{
    /// <summary>The id of the form this one is based on (<c>basedOn</c>: its tables but those it replaces), or null.</summary>
    public string? BasedOn { get; init; }

    /// <summary>The table with this id, or null.</summary>
    public FormTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>True when the form applies to the region (a GB/T 2260 code of 6 digits) and year.</summary>
    public bool AppliesTo(string regionCode, int year) => regionCode.StartsWith(Region, StringComparison.Ordinal) && Years.Contains(year);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Title}, {Region}, {Years})";
}

/// <summary>An inclusive range of budget years.</summary>
/// <param name="From">First year.</param>
/// <param name="To">Last year.</param>
public readonly record struct FormYears(int From, int To)
{
    /// <summary>True when the year lies in the range.</summary>
    public bool Contains(int year) => year >= From && year <= To;

    /// <inheritdoc />
    public override string ToString() => From == To ? From.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{From}–{To}";
}

/// <summary>A kind of document the form prints: a department with its units (部门预算) or one unit (单位预算).</summary>
/// <param name="Id"><c>department</c> or <c>unit</c>.</param>
/// <param name="Labels">How the document names itself in titles, e.g. 部门 or 预算单位 (the first is what the writer prints).</param>
public sealed record FormDocumentKind(string Id, IReadOnlyList<string> Labels);

/// <summary>The block above a table's column headers.</summary>
/// <param name="Department">Labels that precede the department's name, e.g. 编制部门： or 部门名称：; empty when the name prints
/// without a label (<see cref="DepartmentCode"/>).</param>
/// <param name="Unit">Labels that precede the money unit, e.g. 单位：.</param>
public sealed record FormHeader(IReadOnlyList<string> Department, IReadOnlyList<string> Unit)
{
    /// <summary>
    /// True when the department's name prints after its 3-digit 部门编码 and no label, on the first line under the title
    /// (Hebei's <c>434 卢龙县人民政府办公室</c>, or glued: <c>430青龙满族自治县机关事务服务中心</c>).
    /// </summary>
    public bool DepartmentCode { get; init; }

    /// <summary>Labels that precede the budget year in the block (Hebei's 预算年度：2024); empty when the block prints none.</summary>
    public IReadOnlyList<string> Year { get; init; } = [];

    /// <summary>Headers of a column that numbers the rows before their labels (Hebei's 序号: 1, 2, 3 …); its numbers are
    /// not amounts. Empty when the tables print no such column.</summary>
    public IReadOnlyList<string> Serial { get; init; } = [];

    /// <summary>Labels of a line under the column headers that numbers the columns (Hebei's <c>栏次 1 2 3 …</c>); that line
    /// is not a row. Empty when the tables print none.</summary>
    public IReadOnlyList<string> ColumnNumbers { get; init; } = [];
}
