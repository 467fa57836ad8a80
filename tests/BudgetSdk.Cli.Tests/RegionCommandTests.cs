using BudgetSdk.Tests;

namespace BudgetSdk.Cli.Tests;

/// <summary>The region and department of a document the importer could read only in part: what <c>budget import</c>
/// would refuse, <c>budget audit</c> reports as an error; a region its name cannot settle is a warning, not a refusal.</summary>
public class RegionCommandTests
{
    [Fact]
    public void Audit_of_seed_002_with_its_tabs_turned_to_semicolons_exits_1_with_BDR0002()
    {
        using var file = new TempFile(File.ReadAllText(Seeds.PathOf("002")).Replace('\t', ';'));

        var run = Budget.Run("audit", file.Path);

        run.Exit.ShouldBe(1, run.Out + run.Err);
        run.Out.ShouldContain("  BDR0002 header.departmentCode (line ");
        run.Out.TrimEnd().ShouldEndWith("1 error, 0 warnings");
    }

    [Fact]
    public void Import_of_a_document_whose_name_disagrees_with_its_project_codes_builds_with_a_BDR0906_warning()
    {
        using var file = new TempFile(File.ReadAllText(Seeds.PathOf("000")).Replace("卢龙县人民政府办公室", "昌黎县人民政府办公室", StringComparison.Ordinal));

        var run = Budget.Run("import", file.Path, "-o", file.Beside("out.json"));

        run.Exit.ShouldBe(0, run.Err);
        run.ErrLines.ShouldContain("BDR0906 warning at header.regionCode: 部门名称 昌黎县人民政府办公室 names 130322 河北省秦皇岛市昌黎县, but the 项目编码 carry the region 130324 河北省秦皇岛市卢龙县 (expected 130322, actual 130324)");
    }
}
