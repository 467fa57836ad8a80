using System.Text;
using BudgetSdk.Samples;
using BudgetSdk.Serialization;

namespace BudgetSdk.Cli.Tests;

/// <summary><c>budget render</c>: seed 000's JSON published as CSV and Markdown end to end, and what it refuses.</summary>
public class RenderCommandTests
{
    private static readonly Lazy<string> Json = new(() => DisclosureJson.Serialize(Lulong2024.Facts().Build().GetOrThrow()));

    [Fact]
    public void Csv_writes_one_file_per_table_into_the_directory()
    {
        using var file = new TempFile(Json.Value, "lulong.json");
        var directory = file.Beside("csv");

        var run = Budget.Run("render", file.Path, "--format", "csv", "-o", directory);

        run.Exit.ShouldBe(0, run.Err);
        run.Out.ShouldStartWith($"wrote 11 CSV files to {directory}");
        var names = Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        names.Length.ShouldBe(11);
        names[0].ShouldBe("T1 部门预算收支总表.csv");
        var t3 = File.ReadAllBytes(Path.Combine(directory, "T3 部门预算支出总表.csv"));
        t3[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(t3[3..]).Split("\r\n");
        lines[0].ShouldBe("序号,科目编码,科目名称,合计,基本支出,项目支出,经营支出,上解上级支出,对附属单位补助支出");
        lines[1].ShouldBe("1,,合计,777.63,436.55,341.08,,,");
        File.ReadAllText(Path.Combine(directory, "T9 部门预算财政拨款“三公”经费支出表.csv")).ShouldContain("1,合计,15.50,15.50,,\r\n");
    }

    [Fact]
    public void Markdown_goes_to_the_file_or_to_standard_output()
    {
        using var file = new TempFile(Json.Value, "lulong.json");
        var output = file.Beside("lulong.md");

        var written = Budget.Run("render", file.Path, "--format", "md", "-o", output);
        var printed = Budget.Run("render", file.Path, "--format", "md");

        written.Exit.ShouldBe(0, written.Err);
        printed.Exit.ShouldBe(0, printed.Err);
        var text = File.ReadAllText(output);
        text.ShouldStartWith("# 2024 年部门预算信息公开目录\n");
        text.ShouldContain("| 1 | | 合计 | 436.55 | 402.35 | 34.20 |");
        printed.Out.ShouldBe(text);
    }

    [Fact]
    public void Text_that_is_no_json_is_refused_in_one_line()
    {
        using var file = new TempFile("434 卢龙县人民政府办公室", "lulong.json");

        Refused(Budget.Run("render", file.Path, "--format", "md"), $"budget: {file.Path}: is no BudgetSdk disclosure JSON: ");
    }

    [Fact]
    public void An_unknown_format_is_refused_in_one_line()
    {
        using var file = new TempFile(Json.Value, "lulong.json");

        Refused(Budget.Run("render", file.Path, "--format", "rtf", "-o", file.Beside("x.rtf")), $"budget: {file.Path}: --format rtf is no format; expected one of html, pdf, docx, xlsx, csv, md");
    }

    [Theory]
    [InlineData("docx", "--format docx is binary: name the file to write with -o")]
    [InlineData("pdf", "--format pdf is binary: name the file to write with -o")]
    [InlineData("csv", "--format csv writes one file per table: name the directory to write them to with -o")]
    public void A_format_that_cannot_go_to_standard_output_needs_o(string format, string reason)
    {
        using var file = new TempFile(Json.Value, "lulong.json");

        Refused(Budget.Run("render", file.Path, "--format", format), $"budget: {file.Path}: {reason}");
    }

    [Fact]
    public void The_input_itself_is_refused_as_output()
    {
        using var file = new TempFile(Json.Value, "lulong.json");

        Refused(Budget.Run("render", file.Path, "--format", "md", "-o", file.Path), $"budget: {file.Path}: -o {file.Path} is the input file itself");
        File.ReadAllText(file.Path).ShouldBe(Json.Value);
    }

    [Fact]
    public void A_format_the_library_cannot_render_here_is_one_line_and_leaves_no_file()
    {
        using var file = new TempFile(Json.Value, "lulong.json");
        var output = file.Beside("lulong.pdf");
        File.WriteAllText(output, "an earlier run");

        // Every format the library renders ends here or succeeds; a PDF without Chromium is the case that stays.
        var run = Budget.Run("render", file.Path, "--format", "pdf", "-o", output);

        if (run.Exit == 0)
        {
            File.ReadAllBytes(output)[..4].ShouldBe("%PDF"u8.ToArray());
            return;
        }

        Refused(run, $"budget: {file.Path}: cannot render: ");
        File.Exists(output).ShouldBeFalse();
    }

    private static void Refused(Outcome run, string start)
    {
        run.Exit.ShouldBe(2);
        run.ErrLines.ShouldHaveSingleItem().ShouldStartWith(start);
        run.Out.ShouldBeEmpty();
    }
}
