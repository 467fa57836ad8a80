using System.Globalization;
using BudgetSdk.Codes;
using BudgetSdk.Tables;
using BudgetSdk.Text;

namespace BudgetSdk.Tests.Disclosures;

/// <summary>
/// Compares a derived table with the published one, cell by cell, and lists every difference as
/// <c>T6/301/合计: printed 267.41, derived 267.42</c>. Rows the document leaves out are fine when the derived
/// row is all blank (documents omit empty rows); every other missing or extra row is a difference.
/// </summary>
public static class TableComparison
{
    /// <summary>The differences between a derived table and its printed rows.</summary>
    public static List<string> Differences(BudgetTable derived, IReadOnlyList<PrintedRow> printed, int edition)
        => derived.Id switch
        {
            TableId.T1 or TableId.T4 => SideBySide(derived, printed),
            TableId.T9 => ByOrder(derived, printed),
            _ => ByCode(derived, printed, edition),
        };

    private static List<string> ByCode(BudgetTable derived, IReadOnlyList<PrintedRow> printed, int edition)
    {
        var differences = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in printed)
        {
            var code = row.Cells[0];
            var key = code.Length == 0 ? "合计" : code;
            seen.Add(key);
            var match = derived.Rows.FirstOrDefault(r => (r.Code ?? "合计") == key);
            if (match is null)
            {
                differences.Add($"{derived.Id}/{key}: printed (line {row.Line}) but not derived");
                continue;
            }

            if (!SameName(derived.Id, edition, match, row.Cells[1]))
            {
                differences.Add($"{derived.Id}/{key}/科目名称: printed {row.Cells[1]}, derived {match.Label}");
            }

            CompareCells(differences, derived, key, row.Cells.Skip(2).ToArray(), match.Cells);
        }

        foreach (var row in derived.Rows.Where(r => !seen.Contains(r.Code ?? "合计") && r.Cells.Any(c => c != 0m)))
        {
            differences.Add($"{derived.Id}/{row.Code ?? "合计"}: derived ({row}) but not printed");
        }

        return differences;
    }

    private static List<string> SideBySide(BudgetTable derived, IReadOnlyList<PrintedRow> printed)
    {
        var differences = new List<string>();
        Count(differences, derived, printed);
        for (var i = 0; i < Math.Min(printed.Count, derived.Rows.Count); i++)
        {
            var cells = printed[i].Cells;
            var row = derived.Rows[i];
            var expenseLabel = cells.Count > 2 ? cells[2] : string.Empty;
            if (!OfficialNames.Same(cells[0], row.Label) || !OfficialNames.Same(expenseLabel, row.ExpenseLabel ?? string.Empty))
            {
                differences.Add($"{derived.Id}/row {i + 1}: printed {cells[0]} | {expenseLabel}, derived {row.Label} | {row.ExpenseLabel}");
            }

            var amounts = new[] { cells.Count > 1 ? cells[1] : string.Empty }.Concat(cells.Skip(3)).ToArray();
            CompareCells(differences, derived, $"row {i + 1} {row.Label}|{row.ExpenseLabel}", amounts, row.Cells);
        }

        return differences;
    }

    private static List<string> ByOrder(BudgetTable derived, IReadOnlyList<PrintedRow> printed)
    {
        var differences = new List<string>();
        Count(differences, derived, printed);
        for (var i = 0; i < Math.Min(printed.Count, derived.Rows.Count); i++)
        {
            var row = derived.Rows[i];
            if (!OfficialNames.Same(printed[i].Cells[0], row.Label))
            {
                differences.Add($"{derived.Id}/row {i + 1}: printed {printed[i].Cells[0]}, derived {row.Label}");
            }

            CompareCells(differences, derived, row.Label, printed[i].Cells.Skip(1).ToArray(), row.Cells);
        }

        return differences;
    }

    private static void Count(List<string> differences, BudgetTable derived, IReadOnlyList<PrintedRow> printed)
    {
        if (printed.Count != derived.Rows.Count)
        {
            differences.Add($"{derived.Id}: printed {printed.Count} rows, derived {derived.Rows.Count}");
        }
    }

    private static void CompareCells(List<string> differences, BudgetTable table, string row, IReadOnlyList<string> printed, IReadOnlyList<decimal> derived)
    {
        for (var c = 0; c < derived.Count; c++)
        {
            var text = c < printed.Count ? printed[c] : string.Empty;
            if (PrintedTables.Amount(text) != derived[c])
            {
                var shown = text.Length == 0 ? "blank" : text;
                differences.Add($"{table.Id}/{row}/{table.Columns[c]}: printed {shown}, derived {derived[c].ToString("0.00", CultureInfo.InvariantCulture)}");
            }
        }
    }

    private static bool SameName(TableId table, int edition, TableRow row, string printed)
    {
        if (row.Code is null)
        {
            return OfficialNames.Same(printed, row.Label);
        }

        return table == TableId.T6
            ? DepartmentEconomicCode.ForEdition(edition).Get(row.Code).IsNamed(printed)
            : FunctionalCode.ForEdition(edition).Get(row.Code).IsNamed(printed);
    }
}
