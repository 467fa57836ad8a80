using BudgetSdk.Amounts;

namespace BudgetSdk.Forms.Model;

/// <summary>One table of a form.</summary>
/// <param name="Id">Stable id within the form, e.g. <c>t5</c>; identities and findings name the table by it.</param>
/// <param name="Titles">The printed title in its variants; <c>{year}</c> stands for the budget year and <c>{kind}</c> for a
/// label of the document kind (部门, 预算单位). The first is what the writer prints.</param>
/// <param name="Numbers">Printed table numbers that anchor the table when its title is missing, e.g. 公开01表, 公开表一.</param>
/// <param name="Unit">The money unit its amounts print in.</param>
/// <param name="Decimals">Decimals its amounts print with (2 in most forms; 0 where a form prints integers).</param>
/// <param name="Select">What facts the whole table is about (e.g. 一般公共预算 only); each column and line narrows it.</param>
/// <param name="Sides">The parts printed side by side: one for most tables, income and expense for 收支总表.</param>
/// <param name="EmptyNote">The note printed under the table when it has no rows, with <c>{year}</c> and <c>{kind}</c>, e.g.
/// 注:本{kind}{year}年无政府性基金预算财政拨款安排的预算，故本表为空表。; null when the form prints none.</param>
public sealed record FormTable(
    string Id,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Numbers,
    MoneyUnit Unit,
    int Decimals,
    FactSelector Select,
    IReadOnlyList<FormSide> Sides,
    string? EmptyNote)
{
    /// <summary>
    /// True when a zero amount of a printed row prints as <c>0.00</c> (Shanghai's 基本支出经济分类 table prints 0.00 under 公用经费
    /// of a 人员经费 款); false (the default, JSON <c>printsZeros</c> absent) when a zero prints blank.
    /// </summary>
    public bool PrintsZeros { get; init; }

    /// <summary>The side with this id, or null.</summary>
    public FormSide? Side(string id) => Sides.FirstOrDefault(s => s.Id == id);
}

/// <summary>One part of a table: its rows and amount columns.</summary>
/// <param name="Id">Stable id within the table: <c>main</c> for a one-sided table, else e.g. <c>income</c>, <c>expense</c>.</param>
/// <param name="Rows">What the rows are.</param>
/// <param name="Columns">The amount columns in printed order.</param>
public sealed record FormSide(string Id, FormRows Rows, IReadOnlyList<FormColumn> Columns)
{
    /// <summary>The column with this id, or null.</summary>
    public FormColumn? Column(string id) => Columns.FirstOrDefault(c => c.Id == id);
}

/// <summary>An amount column.</summary>
/// <param name="Id">Stable id within the side, e.g. <c>total</c>, <c>basic</c>.</param>
/// <param name="Labels">The header text in its variants (the first is what the writer prints); a wrapped header is matched
/// with its line breaks removed.</param>
/// <param name="Sums">Ids of the columns of the same side whose sum this column is (合计 = 基本支出 + 项目支出); empty for a part.</param>
/// <param name="Select">What facts the column holds, narrowing the table's selector.</param>
/// <param name="DocumentKinds">Ids of the document kinds (<see cref="FormDocumentKind"/>) that print this column; empty or null:
/// every kind. Shanghai's 单位预算 splits 财务收支预算总表's expense side into 人员经费 / 公用经费 / 项目支出 where a 部门预算 prints
/// one 预算数 column.</param>
public sealed record FormColumn(string Id, IReadOnlyList<string> Labels, IReadOnlyList<string> Sums, FactSelector Select, IReadOnlyList<string>? DocumentKinds = null)
{
    /// <summary>True when a document of this kind (a <see cref="FormDocumentKind"/> id) prints the column.</summary>
    public bool PrintsFor(string documentKind) => DocumentKinds is not { Count: > 0 } kinds || kinds.Contains(documentKind);
}

/// <summary>How the rows of a side arise.</summary>
public enum RowSource
{
    /// <summary>Fixed printed lines (<see cref="FormRows.Lines"/>), e.g. 一、财政拨款收入 … or fund sources.</summary>
    Lines,

    /// <summary>One row per classification code present, in code order, each level followed by its children.</summary>
    Codes,

    /// <summary>A single row of amounts without a label (the 三公 table of Shanghai and Jiangsu, Jiangsu's 支出预算总表).</summary>
    Single,
}

/// <summary>The code system a <see cref="RowSource.Codes"/> side lists.</summary>
public enum RowCodeSystem
{
    /// <summary>支出功能分类 (类 3, 款 5, 项 7 digits).</summary>
    Functional,

    /// <summary>部门预算支出经济分类 (类 3, 款 5 digits).</summary>
    DepartmentEconomic,
}

/// <summary>How codes print.</summary>
public enum CodePrinting
{
    /// <summary>The code in one cell, e.g. <c>2010301</c>.</summary>
    Whole,

    /// <summary>Split over 类 / 款 / 项 columns, e.g. <c>201   03   01</c>.</summary>
    Split,
}

/// <summary>Where a side's total row stands.</summary>
public enum TotalPosition
{
    /// <summary>No total row.</summary>
    None,

    /// <summary>Before the data rows.</summary>
    First,

    /// <summary>After the data rows.</summary>
    Last,

    /// <summary>No total row of its own: the side's rows sum to a total printed elsewhere (Jiangsu's 收支预算总表 prints the
    /// 功能分类 side's sum as 当年支出小计 on the 支出用途 side). The row id <c>total</c> stands for that sum in identities, so
    /// the 功能分类 类 can be checked against 当年支出小计; readers print and expect no row for it.</summary>
    Unprinted,
}

/// <summary>The rows of a side.</summary>
/// <param name="Source">Fixed lines, codes, or a single row.</param>
/// <param name="Lines">The fixed lines (for <see cref="RowSource.Lines"/>), in printed order.</param>
/// <param name="CodeSystem">The code system listed (for <see cref="RowSource.Codes"/>).</param>
/// <param name="Levels">The levels listed, by digit count (e.g. [3] for 类 only, [3, 5, 7] for 类/款/项).</param>
/// <param name="Printing">Whole or split codes.</param>
/// <param name="AllClasses">True when every 类 of the edition prints, with or without an amount (Jiangsu's 收支预算总表);
/// false when only the 类 present print.</param>
/// <param name="ClassLabels">For a side listing 类 by name only: how a 类 is labelled, with <c>{n}</c> for its Chinese ordinal
/// and <c>{name}</c> for its name (一、一般公共服务支出 is <c>{n}、{name}</c>); null when codes print.</param>
/// <param name="Total">The total row.</param>
public sealed record FormRows(
    RowSource Source,
    IReadOnlyList<FormLine> Lines,
    RowCodeSystem CodeSystem,
    IReadOnlyList<int> Levels,
    CodePrinting Printing,
    bool AllClasses,
    string? ClassLabels,
    FormTotal Total)
{
    /// <summary>
    /// The fixed line that stands for a 支出功能分类 code (its selector names that one code, as Hebei's 一、一般公共服务支出
    /// names 201), or null: <c>*</c> identities and code cells match it as they match a code row.
    /// </summary>
    public FormLine? LineFor(string code) => Lines.FirstOrDefault(l => l.Select.FunctionalCode == code);

    /// <summary>True when some fixed line stands for a code (<see cref="LineFor"/>).</summary>
    public bool HasCodeLines => Lines.Any(l => l.Select.FunctionalCode is not null);
}

/// <summary>A fixed printed line.</summary>
/// <param name="Id">Stable id within the side, e.g. <c>fiscal</c>.</param>
/// <param name="Labels">The printed label in its variants (the first is what the writer prints).</param>
/// <param name="Sums">Ids of the lines of the same side whose sum this line is (一、财政拨款收入 = 1. + 2. + 3.); empty for a part.</param>
/// <param name="Select">What facts the line holds.</param>
/// <param name="Level">Indent level, 0 for a top line; a line of level 1 is part of the line of level 0 above it.</param>
public sealed record FormLine(string Id, IReadOnlyList<string> Labels, IReadOnlyList<string> Sums, FactSelector Select, int Level);

/// <summary>A side's total row.</summary>
/// <param name="Position">First, last or none.</param>
/// <param name="Labels">Printed labels (合计, 收入总计 …); the first is what the writer prints.</param>
/// <param name="Sums">Ids of the lines it sums, for a side of fixed lines (empty: the top-level rows).</param>
public sealed record FormTotal(TotalPosition Position, IReadOnlyList<string> Labels, IReadOnlyList<string> Sums);
