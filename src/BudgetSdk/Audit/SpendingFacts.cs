using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;
using BudgetSdk.Text;

namespace BudgetSdk.Audit;

/// <summary>
/// Recovers <see cref="Spending"/> facts from the printed T2, T3, T4 and T5/T7/T8, which print only their margins:
/// per leaf code, T3 splits by kind, T5/T7/T8 by kind within each fiscal fund (carry-over included), T2 by source
/// with carry-over apart, T4 the carry-over per fund. Any split that gives every margin back reproduces the tables,
/// so the amounts are placed in a fixed order: T3 decides how much each code and kind spends, fiscal money goes where
/// T5/T7/T8 say, carry-over is taken from 项目支出 first (money carried over is mostly unfinished projects) up to
/// each fund's T4 carry-over, and the rest comes from T2's other sources, then from 其他收入 where T2 says nothing.
/// </summary>
internal static class SpendingFacts
{
    private static readonly TableId[] FundTables = { TableId.T5, TableId.T7, TableId.T8 };

    public static IReadOnlyList<Spending> From(PublishedDisclosure document, DisclosureTemplate template, CodeCatalog<FunctionalCode> codes, List<Problem> problems)
    {
        var spending = new List<Spending>();
        if (document.Table(TableId.T3) is not { } t3)
        {
            return spending;
        }

        var t2 = document.Table(TableId.T2);
        var fundTables = FundTables.Select(document.Table).ToArray();
        var fundCarry = FundCarry(document.Table(TableId.T4), template);
        foreach (var row in Leaves(t3))
        {
            if (!codes.TryParse(row.Code, out var code))
            {
                problems.Add(PublishedFacts.NotOfEdition(TableId.T3, row, codes));
                continue;
            }

            var kinds = Enumerable.Range(1, 5).Select(c => PrintedText.Amount(row, c)).ToArray();
            var carried = t2 is null ? 0m : PrintedText.Amount(RowOf(t2, row.Code), t2.Columns.Count - 1);
            for (var f = 0; f < FundingSources.Fiscal.Count; f++)
            {
                var fundRow = RowOf(fundTables[f], row.Code);
                foreach (var kind in new[] { ExpenseKind.Project, ExpenseKind.Basic })
                {
                    var amount = PrintedText.Amount(fundRow, kind == ExpenseKind.Basic ? 1 : 2);
                    var fromCarry = Math.Min(amount, Math.Min(carried, fundCarry?[f] ?? carried));
                    Add(spending, code, kind, FundingSources.Fiscal[f], fromCarry, carriedOver: true);
                    Add(spending, code, kind, FundingSources.Fiscal[f], amount - fromCarry, carriedOver: false);
                    carried -= fromCarry;
                    if (fundCarry is not null)
                    {
                        fundCarry[f] -= fromCarry;
                    }

                    kinds[(int)kind] -= amount;
                }
            }

            var sources = OtherSources(t2, row.Code, template).Append((FundingSource.OtherIncome, carried, CarriedOver: true));
            Allocate(spending, code, kinds, sources);
        }

        return spending;
    }

    /// <summary>The rows with a code that no other row's code extends: the 项 (or 款 without 项) amounts attach to.</summary>
    public static IEnumerable<PrintedRow> Leaves(PrintedTable table)
    {
        var coded = table.Rows.Where(r => !string.IsNullOrEmpty(r.Code)).ToArray();
        var parents = CodePrefixes.HasChildren(coded.Select(r => r.Code).ToArray());
        return coded.Where((_, i) => !parents[i]);
    }

    // The first row of each code, indexed once per table: the facts ask for a row per leaf of T3.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PrintedTable, Dictionary<string, PrintedRow>> ByCode = new();

    private static PrintedRow? RowOf(PrintedTable? table, string? code)
    {
        if (table is null || code is null)
        {
            return table?.Rows.FirstOrDefault(r => r.Code == code);
        }

        var index = ByCode.GetValue(table, t =>
        {
            var rows = new Dictionary<string, PrintedRow>(StringComparer.Ordinal);
            foreach (var row in t.Rows.Where(r => r.Code is not null))
            {
                rows.TryAdd(row.Code!, row);
            }

            return rows;
        });
        return index.GetValueOrDefault(code);
    }

    /// <summary>This year's non-fiscal money of a code by source, from T2's source columns (those of no fiscal fund).</summary>
    private static IEnumerable<(FundingSource Source, decimal Amount, bool CarriedOver)> OtherSources(PrintedTable? t2, string? code, DisclosureTemplate template)
    {
        var row = RowOf(t2, code);
        var lines = template.T2Columns.Lines;
        for (var i = 0; row is not null && i < lines.Count; i++)
        {
            if (Enum.TryParse<FundingSource>(lines[i].Keys.FirstOrDefault(), out var source) && !source.IsFiscal())
            {
                yield return (source, PrintedText.Amount(row, 2 + i), false);
            }
        }
    }

    /// <summary>Fills the kinds T3 has left after the fiscal money with the other sources, in order.</summary>
    private static void Allocate(List<Spending> spending, FunctionalCode code, decimal[] kinds, IEnumerable<(FundingSource Source, decimal Amount, bool CarriedOver)> sources)
    {
        var kind = 0;
        foreach (var (source, amount, carriedOver) in sources)
        {
            var left = amount;
            while (left > 0m && kind < kinds.Length)
            {
                var take = Math.Min(left, Math.Max(kinds[kind], 0m));
                Add(spending, code, (ExpenseKind)kind, source, take, carriedOver);
                left -= take;
                kinds[kind] -= take;
                kind += kinds[kind] > 0m ? 0 : 1;
            }
        }

        // T3 money no source accounts for (T2 missing or disagreeing): 其他收入, so that T3 is kept whole.
        for (var k = 0; k < kinds.Length; k++)
        {
            Add(spending, code, (ExpenseKind)k, FundingSource.OtherIncome, kinds[k], carriedOver: false);
        }
    }

    /// <summary>T4's 年初财政拨款结转和结余 per fiscal fund, or null when T4 is not printed (no limit then).</summary>
    private static decimal[]? FundCarry(PrintedTable? t4, DisclosureTemplate template)
    {
        if (t4 is null)
        {
            return null;
        }

        var carry = new decimal[FundingSources.Fiscal.Count];
        foreach (var row in t4.Rows.SkipWhile(r => !OfficialNames.Same(r.Label, "年初财政拨款结转和结余")).Skip(1).TakeWhile(r => !OfficialNames.Same(r.Label, "收入总计")))
        {
            var line = template.T4Income.Lines.FirstOrDefault(l => OfficialNames.Same(l.Label, row.Label));
            if (line is not null && Enum.TryParse<FundingSource>(line.Keys.FirstOrDefault(), out var fund) && fund.IsFiscal())
            {
                carry[(int)fund] += PrintedText.Amount(row, 0);
            }
        }

        return carry;
    }

    private static void Add(List<Spending> spending, FunctionalCode code, ExpenseKind kind, FundingSource source, decimal wan, bool carriedOver)
    {
        if (wan > 0m)
        {
            spending.Add(new Spending(code, kind, source, ProjectFacts.Wan(wan), carriedOver));
        }
    }
}
