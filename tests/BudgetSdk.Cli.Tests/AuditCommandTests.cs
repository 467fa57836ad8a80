using System.Text.Json;
using BudgetSdk.Tests;
using BudgetSdk.Tests.Audit;

namespace BudgetSdk.Cli.Tests;

/// <summary><c>budget audit</c> on the three seeds, in each format: the exact findings and the exit code.</summary>
public class AuditCommandTests
{
    public static TheoryData<string> SeedIds => new(Seeds.Ids);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Text_lists_errors_then_warnings_and_ends_with_the_summary(string seed)
    {
        var run = Budget.Run("audit", Seeds.PathOf(seed));

        run.Exit.ShouldBe(1, run.Err);
        run.Err.ShouldBeEmpty();
        var lines = run.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        lines[0].ShouldStartWith(Seeds.PathOf(seed) + ": ");
        lines[^1].ShouldBe(SeedFindings.Summary[seed]);
        lines[1].ShouldBe("errors:");
        var findings = lines.Where(l => l.StartsWith("  BDR", StringComparison.Ordinal)).Select(l => l.Trim()).ToArray();
        findings.Length.ShouldBe(SeedFindings.Expected[seed].Length);
        var expected = SeedFindings.Expected[seed].OrderBy(f => f.Contains(" warning ", StringComparison.Ordinal)).ToArray();
        for (var i = 0; i < findings.Length; i++)
        {
            var parts = expected[i].Split(' ', 3);
            findings[i].ShouldStartWith($"{parts[0]} {parts[2].Split(": ")[0]} (line ");
            findings[i].ShouldContain(parts[2].Split(": ", 2)[1] + "; ");
        }
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Json_holds_every_finding_with_its_fields(string seed)
    {
        var run = Budget.Run("audit", Seeds.PathOf(seed), "--format", "json");

        run.Exit.ShouldBe(1, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        findings.Select(f => $"{f.GetProperty("rule").GetString()} {f.GetProperty("severity").GetString()} {f.GetProperty("location").GetString()}: printed {f.GetProperty("printed").GetString()}, expected {f.GetProperty("expected").GetString()}")
            .ShouldBe(SeedFindings.Expected[seed]);
        findings.ShouldAllBe(f => f.GetProperty("message").GetString()!.Length > 0 && f.GetProperty("line").ValueKind == JsonValueKind.Number);
        json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(SeedFindings.Expected[seed].Count(f => f.Contains(" error ", StringComparison.Ordinal)));

        // Chinese stays readable and the bytes are the same on every run.
        run.Out.ShouldContain(json.RootElement.GetProperty("department").GetProperty("name").GetString()!);
        run.Out.ShouldContain("县");
        run.Out.ShouldNotContain("\\u");
        Budget.Run("audit", Seeds.PathOf(seed), "--format", "json").Out.ShouldBe(run.Out);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Sarif_is_version_2_1_0_with_the_rule_catalog_and_one_result_per_finding(string seed)
    {
        var path = Seeds.PathOf(seed);
        var run = Budget.Run("audit", path, "--format", "sarif");

        run.Exit.ShouldBe(1, run.Err);
        using var sarif = JsonDocument.Parse(run.Out);
        var root = sarif.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString().ShouldBe("https://json.schemastore.org/sarif-2.1.0.json");
        var sarifRun = root.GetProperty("runs")[0];
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("budget");
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        rules.ShouldContain("BDR0001");
        rules.ShouldContain("BDR0705");
        rules.ShouldContain("BDR0905");

        var results = sarifRun.GetProperty("results").EnumerateArray().ToArray();
        results.Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} {r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString()}")
            .ShouldBe(SeedFindings.Expected[seed].Select(f => f.Split(": ")[0]));
        foreach (var result in results)
        {
            result.GetProperty("message").GetProperty("text").GetString()!.ShouldStartWith("printed ");
            rules[result.GetProperty("ruleIndex").GetInt32()].ShouldBe(result.GetProperty("ruleId").GetString());
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            physical.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe(new Uri(path).AbsoluteUri);
            physical.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void The_line_of_a_finding_is_the_printed_rows_line()
    {
        var lines = File.ReadAllLines(Seeds.PathOf("000"));
        using var json = JsonDocument.Parse(Budget.Run("audit", Seeds.PathOf("000"), "--format", "json").Out);

        foreach (var finding in json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("location").GetString()!.StartsWith("T9/", StringComparison.Ordinal)))
        {
            var row = finding.GetProperty("location").GetString()!.Split('/')[1];
            lines[finding.GetProperty("line").GetInt32() - 1].ShouldContain(row);
        }
    }

    [Fact]
    public void A_document_without_errors_exits_zero()
    {
        // Seed 000 with its blank 三公 totals filled in as the detail rows require.
        var lines = File.ReadAllLines(Seeds.PathOf("000"));
        var fixes = new Dictionary<string, string>
        {
            ["1\t合计\t\t\t\t"] = "1\t合计\t15.50\t15.50\t\t",
            ["2\t“三公”经费小计\t\t\t\t"] = "2\t“三公”经费小计\t15.50\t15.50\t\t",
            ["4\t二、公务用车购置及运维费\t\t\t\t"] = "4\t二、公务用车购置及运维费\t3.50\t3.50\t\t",
        };
        using var file = new TempFile(string.Join('\n', lines.Select(l => fixes.GetValueOrDefault(l, l))));

        var run = Budget.Run("audit", file.Path);

        run.Exit.ShouldBe(0, run.Out + run.Err);
        run.Out.TrimEnd().Split('\n')[^1].ShouldBe("0 errors, 3 warnings");
    }
}
