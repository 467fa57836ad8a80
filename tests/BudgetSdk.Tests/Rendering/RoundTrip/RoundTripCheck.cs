using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Rendering;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Text;

namespace BudgetSdk.Tests.Rendering.RoundTrip;

/// <summary>
/// Writes a disclosure as text, reads the text back with <see cref="DisclosureImporter"/> and lists every difference:
/// format, header, units, each table cell by cell, the projects, the quoted figures, and any error the auditor finds
/// (a derived disclosure is correct, so an error can only come from a misreading).
/// </summary>
/// <remarks>
/// Space-separated text drops blank cells, so an amount keeps its order but not its column; the importer recovers the
/// column from sums and other tables. Where nothing in the document tells two columns apart, the text does not hold
/// the answer and those columns are compared by their sum: T2's five 单位资金 sources (T1 prints only their total),
/// T3's 经营/上解上级/对附属单位补助 (no other table splits them), and the procurement fund columns when more than one
/// fund could pay.
/// </remarks>
internal static class RoundTripCheck
{
    public static IReadOnlyList<string> Differences(Disclosure disclosure, TextFormat format, TextLayoutOptions? options = null)
    {
        var text = DisclosureTextWriter.Write(disclosure, format, options);
        PublishedDisclosure read;
        try
        {
            read = DisclosureImporter.Read(text);
        }
        catch (DisclosureImportException e)
        {
            return [$"not read: {e.Message}"];
        }

        return Differences(disclosure, read, format);
    }

    /// <summary>Every difference between the model and a document read back in the given format (from text or a published file).</summary>
    public static IReadOnlyList<string> Differences(Disclosure disclosure, PublishedDisclosure read, TextFormat format)
    {
        var differences = new List<string>();
        if (read.Format != format)
        {
            differences.Add($"format read as {read.Format}");
        }

        differences.AddRange(HeaderDifferences(disclosure, read));
        foreach (var table in disclosure.Tables)
        {
            var group = format == TextFormat.SpaceSeparated ? Indistinct(disclosure, table.Id) : [];
            differences.AddRange(PrintedTableDifferences.Of(table, read.Table(table.Id), group));
        }

        differences.AddRange(ProjectDifferences.Of(disclosure, read.Projects));
        differences.AddRange(QuotedDifferences.Of(disclosure, read.QuotedAmounts));
        differences.AddRange(Auditor.Audit(read).Findings.Where(f => f.Severity == Severity.Error).Select(f => "audit: " + f));
        return differences;
    }

    private static IReadOnlyList<string> Indistinct(Disclosure disclosure, TableId id) => id switch
    {
        TableId.T2 => disclosure.Template.T2Columns.Lines.Where(l => l.Keys.All(UnitFunds.Contains)).Select(l => l.Label).ToArray(),
        TableId.T3 => ["经营支出", "上解上级支出", "对附属单位补助支出"],
        TableId.Procurement => disclosure.Template.ProcurementFunds.Lines.Select(l => l.Label).ToArray(),
        _ => [],
    };

    private static readonly string[] UnitFunds = ["BusinessIncome", "OperatingIncome", "SuperiorSubsidy", "AffiliatedRemittance", "OtherIncome"];

    private static IEnumerable<string> HeaderDifferences(Disclosure disclosure, PublishedDisclosure read)
    {
        var header = disclosure.Header;

        // Page headers do not print the region; the importer takes it from the first project code.
        var region = disclosure.Facts.Projects.Count > 0 ? header.RegionCode : string.Empty;
        if (read.Header != header with { RegionCode = region })
        {
            yield return $"header read as {read.Header}";
        }

        var units = disclosure.Facts.Units;
        var same = read.Units.Count == units.Count && read.Units.Zip(units).All(p => OfficialNames.Same(p.First.Name, p.Second.Name) && p.First with { Name = p.Second.Name } == p.Second);
        if (!same)
        {
            yield return $"units read as [{string.Join(", ", read.Units)}]";
        }
    }
}
