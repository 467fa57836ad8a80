using System.Text.Json;
using BudgetSdk.Tests;
using BudgetSdk.Tests.Audit;

namespace BudgetSdk.Cli.Tests;

/// <summary><c>budget audit</c> over a folder, a glob and several files: path order, the summary, the exit codes.</summary>
public class BatchAuditTests
{
    private static int Errors => Seeds.Ids.Sum(id => SeedFindings.Expected[id].Count(f => f.Contains(" error ", StringComparison.Ordinal)));

    private static int Warnings => Seeds.Ids.Sum(id => SeedFindings.Expected[id].Count(f => f.Contains(" warning ", StringComparison.Ordinal)));

    [Fact]
    public void A_folder_is_audited_in_path_order_with_the_bad_files_one_line_each_in_the_summary()
    {
        using var folder = new SeedFolder();

        var run = Budget.Run("audit", folder.Root);

        run.Exit.ShouldBe(ExitCodes.RuleBroken, run.Err);
        run.Err.ShouldBeEmpty();
        var lines = run.Out.Split('\n');
        var headings = Seeds.Ids.Select(id => Array.FindIndex(lines, l => l.StartsWith(folder.PathOf(id) + ": ", StringComparison.Ordinal))).ToArray();
        headings.ShouldAllBe(i => i >= 0);
        headings.ShouldBeInOrder(SortDirection.Ascending);
        foreach (var id in Seeds.Ids)
        {
            lines.ShouldContain(SeedFindings.Summary[id]);
        }

        lines.ShouldContain($"summary: 5 documents, 3 read, 2 refused; {Errors} errors, {Warnings} warnings");
        var refused = lines.SkipWhile(l => l != "refused:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToArray();
        refused.Length.ShouldBe(2);
        refused[0].ShouldStartWith($"  {folder.Binary}: binary data");
        refused[1].ShouldStartWith($"  {folder.Empty}: is empty");
        run.Out.ShouldNotContain(".hidden");

        // The worst document first: 001 has five errors.
        lines.SkipWhile(l => l != "worst documents:").Skip(1).First().ShouldStartWith($"  {folder.PathOf("001")}  5 errors");

        // Parallel, yet the same bytes every time.
        Budget.Run("audit", folder.Root).Out.ShouldBe(run.Out);
    }

    [Fact]
    public void A_glob_reads_only_what_it_matches()
    {
        using var folder = new SeedFolder();

        var run = Budget.Run("audit", Path.Join(folder.Root, "**", "0*.txt"));

        run.Exit.ShouldBe(ExitCodes.RuleBroken, run.Err);
        run.Out.ShouldContain($"summary: 3 documents, 3 read, 0 refused; {Errors} errors, {Warnings} warnings");
        run.Out.ShouldNotContain("bad.bin");
        Budget.Run("audit", Path.Join(folder.Root, "*.txt")).Out.ShouldContain("summary: 3 documents, 2 read, 1 refused");
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_a_refusal_and_with_nothing_read_the_exit_is_2()
    {
        using var folder = new SeedFolder();

        var run = Budget.Run("audit", Path.Join(folder.Root, "*.pdf"));

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.Out.ShouldContain($"  {Path.Join(folder.Root, "*.pdf")}: the glob matches no file");
    }

    [Fact]
    public void A_folder_of_only_bad_files_exits_2()
    {
        using var folder = new SeedFolder(seeds: false);

        var run = Budget.Run("audit", folder.Root);

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.Out.ShouldContain("summary: 2 documents, 0 read, 2 refused; 0 errors, 0 warnings");
    }

    [Fact]
    public void Several_files_are_one_run_each_read_once()
    {
        var run = Budget.Run("audit", Seeds.PathOf("002"), Seeds.PathOf("000"), Seeds.PathOf("002"));

        run.Exit.ShouldBe(ExitCodes.RuleBroken);
        run.Out.ShouldContain("summary: 2 documents, 2 read, 0 refused");
        run.Out.IndexOf(Seeds.PathOf("000") + ": ", StringComparison.Ordinal).ShouldBeLessThan(run.Out.IndexOf(Seeds.PathOf("002") + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_goes_through_published_files()
    {
        // Until the PDF reader lands, PdfText is a stub that refuses; after it, this junk PDF is refused as broken, or
        // (were it readable) audited. Either way it is one document: read with a report, or one line of the summary.
        using var folder = new SeedFolder(bad: false);
        var pdf = Path.Join(folder.Root, "download.pdf");
        File.WriteAllText(pdf, "%PDF-1.7\n%junk, no objects\n");

        var run = Budget.Run("audit", folder.Root);

        run.Exit.ShouldBe(ExitCodes.RuleBroken);
        var lines = run.Out.Split('\n');
        var read = lines.Any(l => l.StartsWith(pdf + ": ", StringComparison.Ordinal));
        var refusal = lines.Where(l => l.StartsWith($"  {pdf}: ", StringComparison.Ordinal)).ToArray();
        (read ? 1 : refusal.Length).ShouldBe(1, run.Out);
        run.Out.ShouldContain(read ? "summary: 4 documents, 4 read, 0 refused" : "summary: 4 documents, 3 read, 1 refused");
    }

    [Fact]
    public void Json_is_one_report_whose_rule_counts_are_the_single_reports_sums()
    {
        using var folder = new SeedFolder();

        var run = Budget.Run("audit", folder.Root, "--format", "json");

        run.Exit.ShouldBe(ExitCodes.RuleBroken);
        using var json = JsonDocument.Parse(run.Out);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToArray();
        documents.Select(d => d.GetProperty("file").GetString()).ShouldBe(Seeds.Ids.Select(folder.PathOf));
        foreach (var document in documents)
        {
            using var single = JsonDocument.Parse(Budget.Run("audit", document.GetProperty("file").GetString()!, "--format", "json").Out);
            JsonSerializer.Serialize(document).ShouldBe(JsonSerializer.Serialize(single.RootElement));
        }

        var rules = json.RootElement.GetProperty("summary").GetProperty("rules").EnumerateObject()
            .ToDictionary(r => r.Name, r => (r.Value.GetProperty("errors").GetInt32(), r.Value.GetProperty("warnings").GetInt32()));
        rules.ShouldBe(SingleReportSums(folder), ignoreOrder: true);
        json.RootElement.GetProperty("refused").EnumerateArray().Select(r => r.GetProperty("file").GetString()).ShouldBe([folder.Binary, folder.Empty]);
        json.RootElement.GetProperty("summary").GetProperty("read").GetInt32().ShouldBe(3);

        // The reader's summary goes to standard error, so standard output is the JSON alone.
        run.Err.ShouldContain("summary: 5 documents, 3 read, 2 refused");
        Budget.Run("audit", folder.Root, "--format", "json").Out.ShouldBe(run.Out);
    }

    [Fact]
    public void Sarif_is_one_run_with_every_files_results_pointing_at_their_artifact()
    {
        using var folder = new SeedFolder();

        using var sarif = Report(folder, "sarif");
        var only = sarif.RootElement.GetProperty("runs").EnumerateArray().ShouldHaveSingleItem();
        var artifacts = only.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()).ToArray();
        artifacts.Length.ShouldBe(3);
        var results = only.GetProperty("results").EnumerateArray().ToArray();
        var uris = results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).ToArray();
        uris.Distinct().ShouldBe(artifacts);
        results.GroupBy(r => r.GetProperty("ruleId").GetString()!)
            .ToDictionary(g => g.Key, g => (g.Count(r => r.GetProperty("level").GetString() == "error"), g.Count(r => r.GetProperty("level").GetString() == "warning")))
            .ShouldBe(SingleReportSums(folder), ignoreOrder: true);
    }

    [Fact]
    public void Csv_is_one_row_per_finding_of_every_file()
    {
        using var folder = new SeedFolder();

        var run = Budget.Run("audit", folder.Root, "--format", "csv");

        run.Exit.ShouldBe(ExitCodes.RuleBroken);
        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldBe("file,rule,severity,location,printed,expected,message,line");

        // No seed path, rule, severity or location holds a comma or a quote, so the first four fields split plainly.
        var fields = rows.Skip(1).Select(r => r.Split(',', 5)).ToArray();
        fields.Length.ShouldBe(Errors + Warnings);
        fields.Select(f => f[0]).Distinct().ShouldBe(Seeds.Ids.Select(folder.PathOf));
        fields.GroupBy(f => f[1]).ToDictionary(g => g.Key, g => (g.Count(f => f[2] == "error"), g.Count(f => f[2] == "warning")))
            .ShouldBe(SingleReportSums(folder), ignoreOrder: true);
        rows.Skip(1).Select(r => r[r.Length - 1]).ShouldAllBe(c => char.IsDigit(c));
    }

    [Fact]
    public void Csv_of_one_file_is_that_files_findings_with_the_single_file_exit_code()
    {
        var run = Budget.Run("audit", Seeds.PathOf("002"), "--format", "csv");

        run.Exit.ShouldBe(ExitCodes.RuleBroken);
        run.Err.ShouldBeEmpty();
        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        rows.Select(r => string.Join(' ', r.Split(',', 5)[1..4])).ShouldBe(
            SeedFindings.Expected["002"].Select(f => f.Split(':')[0]), ignoreOrder: true);
    }

    /// <summary>The folder's whole-run report in a JSON format, after the exit code of a run with errors.</summary>
    private static JsonDocument Report(SeedFolder folder, string format)
    {
        var run = Budget.Run("audit", folder.Root, "--format", format);
        run.Exit.ShouldBe(ExitCodes.RuleBroken, run.Err);
        return JsonDocument.Parse(run.Out);
    }

    /// <summary>Errors and warnings by rule, added up over the seeds' single-file JSON reports.</summary>
    private static Dictionary<string, (int, int)> SingleReportSums(SeedFolder folder)
        => Seeds.Ids
            .SelectMany(id => JsonDocument.Parse(Budget.Run("audit", folder.PathOf(id), "--format", "json").Out).RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => (Rule: f.GetProperty("rule").GetString()!, Severity: f.GetProperty("severity").GetString())))
            .GroupBy(f => f.Rule)
            .ToDictionary(g => g.Key, g => (g.Count(f => f.Severity == "error"), g.Count(f => f.Severity == "warning")));
}
