using BudgetSdk.Serialization;
using BudgetSdk.Tables;
using BudgetSdk.Tests;

namespace BudgetSdk.Cli.Tests;

/// <summary><c>budget import</c>: the facts of a seed built anew and written as JSON, or refused with every problem.</summary>
public class ImportCommandTests
{
    [Fact]
    public void Seed_000_builds_because_its_blank_totals_are_no_facts()
    {
        using var file = new TempFile(File.ReadAllBytes(Seeds.PathOf("000")));
        var output = file.Beside("000.json");

        var run = Budget.Run("import", file.Path, "-o", output);

        run.Exit.ShouldBe(0, run.Err);
        run.ErrLines.ShouldAllBe(l => l.Contains(" warning at projects[", StringComparison.Ordinal));
        var disclosure = DisclosureJson.Deserialize(File.ReadAllText(output));
        disclosure.Header.RegionCode.ShouldBe("130324");
        disclosure.Header.DepartmentCode.ShouldBe("434");
        disclosure.Figures.Income.ShouldBe(777.63m);

        // The publisher's blanks, derived.
        var t9 = disclosure[TableId.T9];
        t9.RowLabelled("合计")![0].ShouldBe(15.50m);
        t9.RowLabelled("二、公务用车购置及运维费")![0].ShouldBe(3.50m);
    }

    [Fact]
    public void Without_an_output_file_the_json_goes_to_standard_output()
    {
        var run = Budget.Run("import", Seeds.PathOf("000"));

        run.Exit.ShouldBe(0, run.Err);
        DisclosureJson.Deserialize(run.Out).Header.DepartmentName.ShouldBe("卢龙县人民政府办公室");
    }

    [Fact]
    public void Seed_001_builds_with_its_warnings_and_without_the_plans_printed_as_amounts()
    {
        var run = Budget.Run("import", Seeds.PathOf("001"));

        run.Exit.ShouldBe(0, run.Err);
        run.ErrLines.Select(l => l.Split(':')[0]).ShouldBe(new[] { "BDR0804 warning at projects[4].indicators[6].value", "BDR0603 warning at T6/30302/合计" });
        var projects = DisclosureJson.Deserialize(run.Out).Facts.Projects;
        projects.Count.ShouldBe(5);
        projects.ShouldAllBe(p => p.Plan == null);
    }

    [Fact]
    public void Seed_002_is_refused_with_one_line_per_problem_and_the_way_to_write_it_as_printed()
    {
        using var file = new TempFile(File.ReadAllBytes(Seeds.PathOf("002")));
        var output = file.Beside("002.json");

        var run = Budget.Run("import", file.Path, "-o", output);

        run.Exit.ShouldBe(1);
        File.Exists(output).ShouldBeFalse();
        run.ErrLines[0].ShouldBe($"budget: {file.Path}: the facts do not make a correct disclosure (2 error(s)); no JSON written");
        run.ErrLines.Where(l => l.Contains(" error at ", StringComparison.Ordinal)).ShouldBe(new[]
        {
            "BDR0201 error at T6/合计/合计: 基本支出 by 经济分类 (T6) differs from 一般公共预算 基本支出 by 功能分类 (T5) (expected 1294.19万元, actual 1294.20万元)",
            "BDR0401 error at procurement[1].smeReserved: 物业管理服务: the share reserved for 中小微企业 is more than the purchase (expected at most 595.02万元, actual 1034.40万元)",
        });
        run.ErrLines.Count(l => l.Contains(" warning at ", StringComparison.Ordinal)).ShouldBe(2);
        run.ErrLines[^1].ShouldBe("budget: use --printed to write the document as published, wrong totals and all");
        run.ErrLines.Length.ShouldBe(6);
    }

    [Fact]
    public void With_printed_seed_002_is_written_as_published_wrong_row_and_all()
    {
        var run = Budget.Run("import", Seeds.PathOf("002"), "--printed");

        run.Exit.ShouldBe(0, run.Err);
        var root = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!;
        root["kind"]!.GetValue<string>().ShouldBe("publishedDisclosure");
        var t6 = root["tables"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "t6")!;
        var row301 = t6["rows"]!.AsArray().Single(r => r!["code"]?.GetValue<string>() == "301")!;
        row301["cells"]![0]!.GetValue<string>().ShouldBe("267.41");
        root["projects"]!.AsArray().Count.ShouldBe(12);
    }

    [Fact]
    public void With_printed_a_blank_total_stays_null_and_the_bytes_are_stable()
    {
        var first = Budget.Run("import", Seeds.PathOf("000"), "--printed");
        var second = Budget.Run("import", Seeds.PathOf("000"), "--printed");

        first.Out.ShouldBe(second.Out);
        var t9 = System.Text.Json.Nodes.JsonNode.Parse(first.Out)!["tables"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "t9")!;
        var total = t9["rows"]!.AsArray().First(r => r!["label"]!.GetValue<string>() == "合计")!;
        total["cells"]![0].ShouldBeNull();
    }
}
