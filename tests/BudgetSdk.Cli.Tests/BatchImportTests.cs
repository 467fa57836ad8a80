using System.Text.Json;

namespace BudgetSdk.Cli.Tests;

/// <summary><c>budget import &lt;folder&gt; -o &lt;dir&gt;</c>: the importable documents written, the rest listed with their reasons.</summary>
public class BatchImportTests
{
    [Fact]
    public void A_folder_writes_the_importable_documents_and_lists_the_rest()
    {
        using var folder = new SeedFolder();
        var output = Path.Join(folder.Root, "..", Path.GetFileName(folder.Root) + "-json");
        try
        {
            var run = Budget.Run("import", folder.Root, "-o", output);

            run.Exit.ShouldBe(ExitCodes.RuleBroken, run.Err);
            var written = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            written.ShouldBe([Path.ChangeExtension(Path.GetFileName(folder.PathOf("000")), ".json"), Path.ChangeExtension(Path.GetFileName(folder.PathOf("001")), ".json")]);
            foreach (var file in Directory.GetFiles(output))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                json.RootElement.GetProperty("formatVersion").ValueKind.ShouldNotBe(JsonValueKind.Undefined);
            }

            var lines = run.Out.Split('\n');
            lines.ShouldContain("summary: 5 documents, 3 read, 2 written, 3 not written");
            lines.ShouldContain(l => l.StartsWith($"  {folder.PathOf("002")}: the facts do not make a correct disclosure (2 error(s))", StringComparison.Ordinal));
            lines.ShouldContain(l => l.StartsWith("    BDR0201 error", StringComparison.Ordinal));
            lines.ShouldContain(l => l.StartsWith("    BDR0401 error", StringComparison.Ordinal));
            lines.ShouldContain(l => l.StartsWith($"  {folder.Binary}: binary data", StringComparison.Ordinal));
            lines.ShouldContain(l => l.StartsWith($"  {folder.Empty}: is empty", StringComparison.Ordinal));
            Budget.Run("import", folder.Root, "-o", output).Out.ShouldBe(run.Out);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void A_folder_of_only_bad_files_writes_nothing_and_exits_2()
    {
        using var folder = new SeedFolder(seeds: false);
        var output = Path.Join(folder.Root, "json");

        var run = Budget.Run("import", folder.Root, "-o", output);

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.Out.ShouldContain("summary: 2 documents, 0 read, 0 written, 2 not written");
        Directory.Exists(output).ShouldBeFalse();
    }
}
