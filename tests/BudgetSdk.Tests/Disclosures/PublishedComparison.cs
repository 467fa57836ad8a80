using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Disclosures;

/// <summary>Every difference between a derived disclosure's nine tables and a seed's printed ones.</summary>
public static class PublishedComparison
{
    /// <summary>Compares T1–T9; a table the seed does not print counts as a difference.</summary>
    public static List<string> Differences(Disclosure disclosure, string seedId)
    {
        var nine = disclosure.Tables.Where(t => t.Id <= TableId.T9).ToArray();
        var printed = PrintedTables.Read(seedId, nine.Select(t => t.Title).ToArray());
        var differences = new List<string>();
        foreach (var table in nine)
        {
            if (!printed.TryGetValue(table.Title, out var rows))
            {
                differences.Add($"{table.Id}: {table.Title} is not printed in seed {seedId}");
                continue;
            }

            differences.AddRange(TableComparison.Differences(table, rows, disclosure.Edition));
        }

        return differences;
    }
}
