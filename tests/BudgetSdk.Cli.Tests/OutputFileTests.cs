using BudgetSdk.Serialization;
using BudgetSdk.Tests;

namespace BudgetSdk.Cli.Tests;

/// <summary>
/// <c>budget import -o</c>: never the input, written whole through a temporary file, and no earlier result left
/// behind when the import fails, so the file exists after a run exactly when the run succeeded.
/// </summary>
public class OutputFileTests
{
    [Fact]
    public void An_empty_output_name_is_refused_before_anything_is_read()
    {
        using var file = new TempFile(File.ReadAllBytes(Seeds.PathOf("000")));

        var run = Budget.Run("import", file.Path, "-o", "");

        Refused(run, $"budget: {file.Path}: -o names no file (the name is empty); expected the JSON file to write");
        Directory.GetFiles(Path.GetDirectoryName(file.Path)!).ShouldBe(new[] { file.Path });
    }

    [Fact]
    public void An_output_naming_the_input_is_refused_and_the_input_stays()
    {
        var seed = File.ReadAllBytes(Seeds.PathOf("000"));
        using var file = new TempFile(seed);
        var directory = Path.GetDirectoryName(file.Path)!;
        File.CreateSymbolicLink(file.Beside("link.txt"), file.Path);
        Directory.CreateDirectory(file.Beside("sub"));
        Directory.CreateSymbolicLink(Path.Combine(directory, "sub", "up"), directory);

        // The same path, a link to it, and the same file through a linked directory.
        foreach (var output in new[] { file.Path, "link.txt", Path.Combine("sub", "up", "document.txt") })
        {
            var name = Path.IsPathRooted(output) ? output : Path.Combine(directory, output);
            foreach (var printed in new[] { Array.Empty<string>(), new[] { "--printed" } })
            {
                var run = Budget.Run(["import", file.Path, "-o", name, .. printed]);

                Refused(run, $"budget: {file.Path}: -o {name} is the input file itself; write the JSON to another file");
                File.ReadAllBytes(file.Path).ShouldBe(seed);
            }
        }
    }

    [Theory]
    [InlineData("002", 1)]
    [InlineData("empty", 2)]
    public void A_failed_import_removes_the_output_of_an_earlier_run(string input, int exit)
    {
        // Seed 002 breaks rules; an empty file is no disclosure.
        using var file = new TempFile(input == "empty" ? Array.Empty<byte>() : File.ReadAllBytes(Seeds.PathOf(input)));
        var output = EarlierOutput(file);

        var run = Budget.Run("import", file.Path, "-o", output);

        run.Exit.ShouldBe(exit, run.Err);
        run.Out.ShouldBeEmpty();
        run.ErrLines[0].ShouldStartWith($"budget: {file.Path}: ");
        Directory.GetFiles(Path.GetDirectoryName(file.Path)!).ShouldBe(new[] { file.Path });
    }

    [Fact]
    public void A_successful_import_replaces_the_output_whole_and_leaves_no_temporary_file()
    {
        using var file = new TempFile(File.ReadAllBytes(Seeds.PathOf("000")));
        var output = EarlierOutput(file);

        var run = Budget.Run("import", file.Path, "-o", output);

        run.Exit.ShouldBe(0, run.Err);
        run.Out.ShouldStartWith($"wrote {output}: ");
        DisclosureJson.Deserialize(File.ReadAllText(output)).Header.DepartmentName.ShouldBe("卢龙县人民政府办公室");
        Directory.GetFiles(Path.GetDirectoryName(file.Path)!).Order(StringComparer.Ordinal).ShouldBe(new[] { file.Path, output });
    }

    [Fact]
    public void An_output_that_is_a_link_stays_a_link_to_the_written_file()
    {
        using var file = new TempFile(File.ReadAllBytes(Seeds.PathOf("000")));
        var real = file.Beside("real.json");
        var link = file.Beside("link.json");
        File.CreateSymbolicLink(link, real);

        var run = Budget.Run("import", file.Path, "-o", link, "--printed");

        run.Exit.ShouldBe(0, run.Err);
        new FileInfo(link).LinkTarget.ShouldBe(real);
        File.ReadAllText(real).ShouldContain("\"kind\": \"publishedDisclosure\"");
    }

    /// <summary>The output file as an earlier run left it.</summary>
    private static string EarlierOutput(TempFile file)
    {
        var output = file.Beside("out.json");
        File.WriteAllText(output, "{\"an\": \"earlier result\"}");
        return output;
    }

    private static void Refused(Outcome run, string start)
    {
        run.Exit.ShouldBe(2, run.Out + run.Err);
        run.Out.ShouldBeEmpty();
        run.ErrLines.ShouldHaveSingleItem().ShouldStartWith(start);
    }
}
