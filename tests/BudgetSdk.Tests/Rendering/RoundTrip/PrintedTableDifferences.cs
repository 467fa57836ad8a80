using System.Globalization;
using BudgetSdk.Import;
using BudgetSdk.Tables;
using BudgetSdk.Text;

namespace BudgetSdk.Tests.Rendering.RoundTrip;

/// <summary>
/// A derived table against the same table read back from written text, row by row and cell by cell (blank = 0). An
/// empty table prints its note and no rows, as published ones do. Columns of a group are compared by their sum: the
/// columns space-separated text cannot tell apart (see <see cref="RoundTripCheck"/>).
/// </summary>
internal static class PrintedTableDifferences
{
    public static IEnumerable<string> Of(BudgetTable derived, PrintedTable? printed, IReadOnlyList<string> group)
    {
        if (printed is null)
        {
            yield return $"{derived.Id}: not read";
            yield break;
        }

        var expected = PrintsNoRows(derived) ? [] : derived.Rows;
        if (printed.Rows.Count != expected.Count)
        {
            yield return $"{derived.Id}: {printed.Rows.Count} rows read, {expected.Count} derived: read [{string.Join(", ", printed.Rows.Select(Key))}]";
            yield break;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var difference in Row(derived, expected[i], printed.Rows[i], group))
            {
                yield return difference;
            }
        }
    }

    // Empty fund tables print 注：无…，空表列示; an empty procurement schedule prints its note too.
    private static bool PrintsNoRows(BudgetTable table)
        => table.Note is not null || (table.Id == TableId.Procurement && table.Rows.All(r => r.Cells.All(c => c == 0m)));

    private static IEnumerable<string> Row(BudgetTable table, TableRow derived, PrintedRow printed, IReadOnlyList<string> group)
    {
        var at = $"{table.Id}/{derived.Code ?? derived.Label}";
        if (derived.Code != printed.Code)
        {
            yield return $"{at}: code read as {printed.Code ?? "none"} (line {printed.Line})";
        }

        if (!OfficialNames.Same(derived.Label, printed.Label) || !OfficialNames.Same(derived.ExpenseLabel ?? string.Empty, printed.ExpenseLabel ?? string.Empty))
        {
            yield return $"{at}: label read as {printed.Label} | {printed.ExpenseLabel} (line {printed.Line})";
        }

        var grouped = Enumerable.Range(0, derived.Cells.Count).Where(c => group.Contains(table.Columns[c])).ToArray();
        for (var c = 0; c < derived.Cells.Count; c++)
        {
            var read = Read(printed, c);
            if (!grouped.Contains(c) && (read ?? 0m) != derived.Cells[c])
            {
                yield return $"{at}/{table.Columns[c]}: read {Show(read)}, derived {Show(derived.Cells[c])} (line {printed.Line})";
            }
        }

        var readSum = grouped.Sum(c => Read(printed, c) ?? 0m);
        var derivedSum = grouped.Sum(c => derived.Cells[c]);
        if (readSum != derivedSum)
        {
            yield return $"{at}/{string.Join("+", group)}: read {Show(readSum)}, derived {Show(derivedSum)} (line {printed.Line})";
        }
    }

    private static decimal? Read(PrintedRow row, int column) => column < row.Cells.Count ? row.Cells[column] : null;

    private static string Key(PrintedRow row) => row.Code ?? row.Label;

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "blank";
}
