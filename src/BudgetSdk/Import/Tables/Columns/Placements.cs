using BudgetSdk.Tables;

namespace BudgetSdk.Import.Tables.Columns;

/// <summary>One way of reading a row: its cells and how plausible they are.</summary>
internal sealed class Option
{
    public Option(decimal?[] cells, double score)
    {
        Cells = cells;
        Score = score;
    }

    public decimal?[] Cells { get; }

    public double Score { get; set; }

    public decimal this[int column] => Cells[column] ?? 0m;
}

/// <summary>
/// The ways the numbers of a space-separated row can sit in its columns. Empty cells are dropped from the text, so the
/// numbers keep their order but not their columns: every order-keeping choice of columns is a candidate, and those
/// that break the row's own identity (合计 = the sum of its parts) are set aside unless no candidate keeps it.
/// </summary>
internal static class Placements
{
    // C(10, 5) = 252 is the most T2 can produce; a schedule with more columns is cut here (left-most first).
    private const int MaxOptions = 512;

    // A row that breaks its own identity is a printing error; it is kept only if nothing better exists.
    public const double BrokenIdentity = -50;

    public static List<Option> Of(TableId table, decimal?[] fixedCells, IReadOnlyList<int> columns, IReadOnlyList<decimal> numbers)
    {
        var all = new List<Option>();
        var k = Math.Min(numbers.Count, columns.Count);
        var pick = Enumerable.Range(0, k).ToArray();
        while (all.Count < MaxOptions)
        {
            var cells = (decimal?[])fixedCells.Clone();
            for (var i = 0; i < k; i++)
            {
                cells[columns[pick[i]]] = numbers[i];
            }

            all.Add(new Option(cells, 0));
            if (!Next(pick, columns.Count))
            {
                break;
            }
        }

        var kept = all.Where(o => RowIdentities.Hold(table, o)).ToList();
        if (kept.Count > 0)
        {
            return kept;
        }

        all.ForEach(o => o.Score += BrokenIdentity);
        return all;
    }

    // The next combination in lexicographic order (left columns first), or false after the last.
    private static bool Next(int[] pick, int n)
    {
        var k = pick.Length;
        var i = k - 1;
        while (i >= 0 && pick[i] == n - k + i)
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        pick[i]++;
        for (var j = i + 1; j < k; j++)
        {
            pick[j] = pick[j - 1] + 1;
        }

        return true;
    }
}

/// <summary>The identity each row of a table keeps (domain.md, Identities 2), blank read as zero.</summary>
internal static class RowIdentities
{
    public static bool Hold(TableId table, Option row)
    {
        var n = row.Cells.Length;
        return table switch
        {
            TableId.T2 => row[0] == row[1] + row[n - 1] && row[1] == Sum(row, 2, n - 1),
            TableId.T3 or TableId.T5 or TableId.T6 or TableId.T7 or TableId.T8 or TableId.T9 => row[0] == Sum(row, 1, n),
            TableId.T4 => row[1] == Sum(row, 2, n),
            TableId.Procurement => row[3] == Sum(row, 4, n - 1),
            _ => true,
        };
    }

    private static decimal Sum(Option row, int from, int to)
    {
        var sum = 0m;
        for (var i = from; i < to; i++)
        {
            sum += row[i];
        }

        return sum;
    }
}
