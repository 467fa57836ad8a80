using System.Diagnostics.CodeAnalysis;
using BudgetSdk.Facts;

namespace BudgetSdk.Forms.Facts;

/// <summary>
/// What <see cref="PrintedFormFacts.Reconstruct"/> found: the facts a printed document states, or the printed cells that
/// contradict each other; and, for facts found, every printed cell that the facts derived by the document's own form do not
/// give back.
/// </summary>
/// <param name="Facts">The facts the document states; null when its cells contradict each other (see <paramref name="Contradictions"/>)
/// or a code it prints is not in the code lists of its year.</param>
/// <param name="Contradictions">One line per printed cell that the other cells contradict, e.g.
/// <c>t3/2080506/total 873617.00 but t5/2080506/total, t6/2080506/total give 870000.00</c>; in printed order.</param>
/// <param name="Choices">One line per amount no printed cell fixes alone (a split the document leaves open, e.g. the
/// 基本支出/项目支出 split of two non-fiscal sources of one code), saying what was chosen and by which rule.</param>
/// <param name="Differences">Every printed cell the derived document does not give back (empty when the facts are consistent).</param>
/// <param name="CellsCompared">How many printed cells were compared with the derived document (0 when no facts were found).</param>
public sealed record FormFactsResult(
    DisclosureFacts? Facts,
    IReadOnlyList<string> Contradictions,
    IReadOnlyList<string> Choices,
    IReadOnlyList<CellDifference> Differences,
    int CellsCompared)
{
    /// <summary>
    /// The tables of the document's form (for its kind) that the document does not print, or prints without a row read:
    /// their cells cannot say what the facts are, so facts found without them are not the document's. Empty when every
    /// table was read.
    /// </summary>
    public IReadOnlyList<string> UnreadTables { get; init; } = [];

    /// <summary>
    /// True when facts were found, every table of the form was read, and the facts derived by the document's own form give
    /// back every printed table cell. The narrative's quotes are not cells: a slip there (887.36 for 87.36) is the audit's
    /// finding, not a disagreement of the facts.
    /// </summary>
    [MemberNotNullWhen(true, nameof(Facts))]
    public bool Consistent => Facts is not null && Contradictions.Count == 0 && Differences.Count == 0 && UnreadTables.Count == 0;

    /// <summary>
    /// One line saying why the facts are not the document's, naming the first cells that disagree (and how many more), or
    /// null when <see cref="Consistent"/>.
    /// </summary>
    /// <param name="shown">How many cells to name before “and N more”.</param>
    public string? Disagreement(int shown = 3)
    {
        if (Consistent)
        {
            return null;
        }

        if (UnreadTables.Count > 0)
        {
            var tables = UnreadTables.Count > shown ? $"; and {UnreadTables.Count - shown} more tables" : string.Empty;
            return $"its facts cannot be stated: {string.Join(", ", UnreadTables.Take(shown))}{tables}";
        }

        var lines = Contradictions.Count > 0 ? Contradictions : Differences.Select(d => d.ToString()).ToArray();
        if (lines.Count == 0)
        {
            return "no facts were found";
        }

        var what = Contradictions.Count > 0 ? "printed cells contradict each other" : "printed cells the facts do not give back";
        var more = lines.Count > shown ? $"; and {lines.Count - shown} more" : string.Empty;
        return $"{lines.Count} {what}: {string.Join("; ", lines.Take(shown))}{more}";
    }
}

/// <summary>A printed cell that the derived document does not give back.</summary>
/// <param name="Cell">The cell: <c>table/row/column</c>, or <c>table/side/row/column</c> for a table of several sides.</param>
/// <param name="Printed">The amount printed (null: blank or the row is not printed).</param>
/// <param name="Derived">The amount derived (null: blank or the row is not derived).</param>
public sealed record CellDifference(string Cell, decimal? Printed, decimal? Derived)
{
    /// <inheritdoc />
    public override string ToString() => $"{Cell} printed {Show(Printed)}, derived {Show(Derived)}";

    private static string Show(decimal? amount) => amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
