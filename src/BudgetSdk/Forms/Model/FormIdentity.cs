namespace BudgetSdk.Forms.Model;

/// <summary>How the two sides of an identity compare.</summary>
public enum IdentityRelation
{
    /// <summary>Left equals the sum of the right.</summary>
    Equal,

    /// <summary>Left is at least the sum of the right (e.g. the 三公 公务接待费 of all money covers its 基本支出 part).</summary>
    AtLeast,

    /// <summary>Left is at most the sum of the right.</summary>
    AtMost,
}

/// <summary>
/// A relation between cells of a form's tables that a correct document satisfies, e.g. 收入总计 = 支出总计 (T1), or each 功能分类
/// row of the 支出预算总表 equals the same row of the three 功能分类 tables together. Rows and columns within a side are checked
/// from <see cref="FormColumn.Sums"/>, <see cref="FormLine.Sums"/> and the code hierarchy; identities add what crosses tables.
/// </summary>
/// <param name="Id">Stable id within the form, e.g. <c>t1-balance</c>; findings name it.</param>
/// <param name="Left">The cell on the left.</param>
/// <param name="Relation">How left compares with the sum of <paramref name="Right"/>.</param>
/// <param name="Right">The cells summed on the right.</param>
/// <param name="Soft">True when a difference is a warning (a plausibility check), not an error.</param>
/// <param name="Description">What the identity says, in the domain's words (for findings and docs).</param>
public sealed record FormIdentity(string Id, FormCellRef Left, IdentityRelation Relation, IReadOnlyList<FormCellRef> Right, bool Soft, string Description);

/// <summary>
/// A cell of a form: <c>table.side.row.column</c>, or <c>table.row.column</c> for a table of one side (side <c>main</c>).
/// The row is <c>total</c>, a line id, a code (digits), or <c>*</c> for every code row (matched by code across tables; a code a
/// table lacks counts as zero). A <see cref="RowSource.Single"/> side has the one row <c>row</c>.
/// </summary>
/// <param name="Table">Table id.</param>
/// <param name="Side">Side id.</param>
/// <param name="Row">Row: <c>total</c>, a line id, a code, <c>row</c> or <c>*</c>.</param>
/// <param name="Column">Column id.</param>
public sealed record FormCellRef(string Table, string Side, string Row, string Column)
{
    /// <summary>The id of the one side of a one-sided table.</summary>
    public const string MainSide = "main";

    /// <summary>The row id of a side's total row.</summary>
    public const string TotalRow = "total";

    /// <summary>The row id standing for every code row.</summary>
    public const string EachCode = "*";

    /// <summary>The row id of the one row of a <see cref="RowSource.Single"/> side.</summary>
    public const string SingleRow = "row";

    /// <summary>Reads <c>t1.income.total.amount</c> or <c>t3.total.total</c>; null when the text has neither shape.</summary>
    public static FormCellRef? TryParse(string text)
    {
        var parts = text.Split('.');
        if (parts.Any(p => p.Length == 0))
        {
            return null;
        }

        return parts.Length switch
        {
            3 => new FormCellRef(parts[0], MainSide, parts[1], parts[2]),
            4 => new FormCellRef(parts[0], parts[1], parts[2], parts[3]),
            _ => null,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Side == MainSide ? $"{Table}.{Row}.{Column}" : $"{Table}.{Side}.{Row}.{Column}";
}
