using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Tests.Import.Seeds;

/// <summary>The three seed documents read once per test run, and what the tests ask of them.</summary>
internal static class SeedDisclosures
{
    private static readonly Dictionary<string, Lazy<PublishedDisclosure>> Read = BudgetSdk.Tests.Seeds.Ids.ToDictionary(
        id => id,
        id => new Lazy<PublishedDisclosure>(() => DisclosureImporter.Read(File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf(id)))));

    public static PublishedDisclosure Of(string id) => Read[id].Value;

    /// <summary>The table, which the seed must print.</summary>
    public static PrintedTable Table(string id, TableId table)
        => Of(id).Table(table) ?? throw new InvalidOperationException($"seed {id} has no {table}");

    /// <summary>A coded row's cells, by code (or 合计 for the total row).</summary>
    public static IReadOnlyList<decimal?> Cells(string id, TableId table, string codeOrLabel)
        => Table(id, table).Rows.First(r => (r.Code ?? r.Label) == codeOrLabel || r.ExpenseLabel == codeOrLabel).Cells;

    /// <summary>A row as one comparable line: code | label | expense label | cells (blank as _) @ line.</summary>
    public static string Describe(PrintedRow row)
        => $"{row.Code} | {row.Label} | {row.ExpenseLabel} | {string.Join(' ', row.Cells.Select(c => c?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_"))} @ {row.Line}";

    /// <summary>Every table identity the printed T1–T9 break, as "rule location" strings.</summary>
    public static IReadOnlyList<string> Problems(string id)
    {
        var disclosure = Of(id);
        DisclosureTemplate.TrySelect(disclosure.Header.Year, disclosure.Header.RegionCode, out var template, out _).ShouldBeTrue();
        var tables = disclosure.Tables.Where(t => t.Id <= TableId.T9).Select(t => t.ToBudgetTable()).ToArray();
        return TableChecks.Check(tables, template!).Select(p => $"{p.RuleId} {p.Location}").ToArray();
    }

    /// <summary>The row counts of T1–T9 in order.</summary>
    public static int[] RowCounts(string id)
        => Enum.GetValues<TableId>().Where(t => t <= TableId.T9).Select(t => Table(id, t).Rows.Count).ToArray();
}
