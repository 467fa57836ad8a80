using BudgetSdk.Amounts;

namespace BudgetSdk.Forms.Model;

/// <summary>What a form's explanatory text (编制说明, 情况说明) quotes, and in which unit.</summary>
/// <param name="Unit">The unit the text quotes amounts in (万元 in Shanghai and Jiangsu).</param>
/// <param name="Quotes">The sentences that quote a table's cell.</param>
/// <param name="Changes">The sentences that compare an amount with last year's.</param>
public sealed record NarrativeForm(MoneyUnit Unit, IReadOnlyList<QuotePattern> Quotes, IReadOnlyList<ChangePattern> Changes)
{
    /// <summary>A narrative that quotes nothing (a tables-only document).</summary>
    public static NarrativeForm None { get; } = new(MoneyUnit.TenThousandYuan, Array.Empty<QuotePattern>(), Array.Empty<ChangePattern>());
}

/// <summary>
/// A sentence shape that quotes one cell. <see cref="Pattern"/> is a .NET regular expression with a group <c>amount</c>
/// (the quoted number) and, for a cell that depends on a code, the groups <c>class</c>, <c>kind</c> and <c>item</c> (类, 款 and
/// 项 names as printed), which the reader resolves to a code by name; <see cref="Cell"/> then holds <c>{code}</c> in its row.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>item</c>, <c>income-total</c>.</param>
/// <param name="Pattern">The regular expression.</param>
/// <param name="Cell">The cell quoted, e.g. <c>t5.{code}.total</c> or <c>t1.income.total.amount</c>.</param>
public sealed record QuotePattern(string Id, string Pattern, string Cell);

/// <summary>
/// A sentence shape that compares with last year: groups <c>amount</c> (this year's), <c>direction</c> (增加, 减少, or a word
/// of no change such as 持平 or 一致) and <c>delta</c> (absent for no change), and optionally <c>year</c> (the year compared with).
/// </summary>
/// <param name="Id">Stable id, e.g. <c>general-budget-change</c>.</param>
/// <param name="Pattern">The regular expression.</param>
/// <param name="Cell">The cell whose amount the sentence states, or null when the sentence's subject is not a cell.</param>
public sealed record ChangePattern(string Id, string Pattern, string? Cell);
