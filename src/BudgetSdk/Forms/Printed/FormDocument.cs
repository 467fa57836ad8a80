using BudgetSdk.Amounts;
using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Printed;

/// <summary>
/// A disclosure as printed in a region's form: what the document says, cell by cell, kept apart from anything derived so that
/// an audit can compare. A blank cell stays blank (null), never zero. The reader produces it from any text format, the
/// writer prints it, and the builder derives it from facts, so all three meet in this one model.
/// </summary>
/// <param name="Form">The form the document was read (or built) by.</param>
/// <param name="Header">Department, year, region and kind as printed.</param>
/// <param name="Tables">The tables found, in printed order.</param>
/// <param name="Quotes">The amounts the narrative quotes, in printed order (a sentence printed twice is here twice).</param>
/// <param name="Changes">The narrative's comparisons with last year, in printed order.</param>
public sealed record FormDocument(
    FormTemplate Form,
    PrintedHeader Header,
    IReadOnlyList<PrintedFormTable> Tables,
    IReadOnlyList<FormQuote> Quotes,
    IReadOnlyList<FormChange> Changes)
{
    /// <summary>The table with this form id, or null when the document does not print it.</summary>
    public PrintedFormTable? Table(string id) => Tables.FirstOrDefault(t => t.TableId == id);
}

/// <summary>The document's header as printed.</summary>
/// <param name="Department">The department (or unit) named after 编制部门： / 部门名称：.</param>
/// <param name="Year">The budget year the titles name.</param>
/// <param name="RegionCode">The GB/T 2260 code of the region the department belongs to (6 digits), as resolved from its name.</param>
/// <param name="Kind">The document kind id (<c>department</c> or <c>unit</c>) of <see cref="FormTemplate.Kinds"/>.</param>
public sealed record PrintedHeader(string Department, int Year, string RegionCode, string Kind)
{
    /// <summary>The 3-digit 部门编码 printed before the name (<see cref="FormHeader.DepartmentCode"/>), or null when none prints.</summary>
    public string? DepartmentCode { get; init; }
}

/// <summary>A table as printed.</summary>
/// <param name="TableId">The form's table id.</param>
/// <param name="Title">The title as printed (or the table number when the title is missing).</param>
/// <param name="Unit">The unit the header block prints.</param>
/// <param name="Sides">The sides in the form's order, each with its rows.</param>
/// <param name="Note">The note printed under the table (e.g. the empty-table note), or null.</param>
/// <param name="Line">The 1-based line of the title.</param>
public sealed record PrintedFormTable(string TableId, string Title, MoneyUnit Unit, IReadOnlyList<PrintedSide> Sides, PrintedNote? Note, int Line)
{
    /// <summary>The side with this id, or null.</summary>
    public PrintedSide? Side(string id) => Sides.FirstOrDefault(s => s.SideId == id);

    /// <summary>True when no side has a row with an amount.</summary>
    public bool IsEmpty => Sides.All(s => s.Rows.All(r => r.Cells.All(c => c is null or 0m)));
}

/// <summary>A note printed under a table.</summary>
/// <param name="Text">The note as printed.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record PrintedNote(string Text, int Line);

/// <summary>One side of a printed table.</summary>
/// <param name="SideId">The form's side id.</param>
/// <param name="Columns">The form's column ids, one per cell of each row.</param>
/// <param name="Rows">The rows in printed order (page and column headers removed; the total row where it is printed).</param>
public sealed record PrintedSide(string SideId, IReadOnlyList<string> Columns, IReadOnlyList<PrintedFormRow> Rows)
{
    /// <summary>The row with this id (a line id, a code, <c>total</c> or <c>row</c>), or null.</summary>
    public PrintedFormRow? Row(string id) => Rows.FirstOrDefault(r => r.Id == id);

    /// <summary>The cell of a row and column, or null when the row or the amount is absent.</summary>
    public decimal? Cell(string rowId, string columnId)
    {
        var column = IndexOf(columnId);
        var row = Row(rowId);
        return row is null || column < 0 ? null : row.Cells[column];
    }

    /// <summary>The index of a column id, or -1.</summary>
    public int IndexOf(string columnId)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == columnId)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>What a printed row is.</summary>
public enum PrintedRowKind
{
    /// <summary>A fixed line of the form.</summary>
    Line,

    /// <summary>A classification code's row (also a 类 printed by name only, resolved to its code).</summary>
    Code,

    /// <summary>The total row.</summary>
    Total,

    /// <summary>The one row of a single-row side.</summary>
    Single,
}

/// <summary>A row as printed.</summary>
/// <param name="Kind">Line, code, total or single.</param>
/// <param name="Id">The line id, the code (digits), <c>total</c>, or <c>row</c>.</param>
/// <param name="Label">The label as printed (wrapped lines joined), e.g. 行政运行 or 一、财政拨款收入.</param>
/// <param name="Cells">One per column of the side; null where blank.</param>
/// <param name="Line">The 1-based line where the row starts.</param>
public sealed record PrintedFormRow(PrintedRowKind Kind, string Id, string Label, IReadOnlyList<decimal?> Cells, int Line);

/// <summary>An amount the narrative quotes for a cell.</summary>
/// <param name="PatternId">The <see cref="QuotePattern.Id"/> that matched.</param>
/// <param name="Cell">The cell quoted, with <c>{code}</c> resolved; null when the names printed resolve to no code.</param>
/// <param name="Names">The names printed for the code (类, 款, 项), empty when the pattern has none.</param>
/// <param name="Amount">The amount as printed, in <see cref="NarrativeForm.Unit"/>.</param>
/// <param name="Decimals">The decimals printed.</param>
/// <param name="ItemNumber">The list number printed before the sentence (7. …), or null.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record FormQuote(string PatternId, FormCellRef? Cell, IReadOnlyList<string> Names, decimal Amount, int Decimals, int? ItemNumber, string Sentence, int Line);

/// <summary>Which way a comparison with last year goes.</summary>
public enum ChangeDirection
{
    /// <summary>增加.</summary>
    Increase,

    /// <summary>减少.</summary>
    Decrease,

    /// <summary>持平, 一致: no change.</summary>
    Unchanged,
}

/// <summary>A comparison with last year's budget as printed.</summary>
/// <param name="PatternId">The <see cref="ChangePattern.Id"/> that matched.</param>
/// <param name="Cell">The cell whose amount the sentence states, or null.</param>
/// <param name="Amount">This year's amount as printed.</param>
/// <param name="Direction">增加, 减少 or no change.</param>
/// <param name="Delta">The change as printed; null for no change.</param>
/// <param name="ComparedYear">The year compared with, when printed.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record FormChange(string PatternId, FormCellRef? Cell, decimal Amount, ChangeDirection Direction, decimal? Delta, int? ComparedYear, string Sentence, int Line);
