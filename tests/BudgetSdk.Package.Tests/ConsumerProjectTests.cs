using BudgetSdk.Package.Tests.Infrastructure;
using BudgetSdk.Testing;

namespace BudgetSdk.Package.Tests;

/// <summary>
/// Fresh projects that reference the packed BudgetSdk package (PackageReference only, restored from the local folder and the
/// user's usual sources): the shipped codes, a 2025 edition of the project's own, a broken schema file, and the budget tool.
/// </summary>
public sealed class ConsumerProjectTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    [Fact]
    public void The_three_packages_are_packed_with_symbols_readme_and_the_generator()
    {
        packages.Pack.ExitCode.ShouldBe(0, packages.Pack.ToString());
        var files = Directory.GetFiles(packages.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        foreach (var id in new[] { "BudgetSdk", "BudgetSdk.Cli", "BudgetSdk.Extensions.DependencyInjection" })
        {
            files.ShouldContain($"{id}.{packages.Version}.nupkg");
            files.ShouldContain($"{id}.{packages.Version}.snupkg");
        }

        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages.Feed, $"BudgetSdk.{packages.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        entries.ShouldContain("analyzers/dotnet/cs/BudgetSdk.Generators.dll");
        entries.ShouldContain("buildTransitive/BudgetSdk.props");
        entries.ShouldContain("build/BudgetSdk.props");
        entries.ShouldContain("README.md");
        entries.ShouldContain("lib/net8.0/BudgetSdk.dll");
        using var nuspec = new StreamReader(package.GetEntry("BudgetSdk.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        metadata.ShouldContain("<license type=\"expression\">MIT</license>");
        metadata.ShouldContain("<repository type=\"git\" url=\"https://github.com/budgetsdk/BudgetSdk\"");
    }

    [Fact]
    public void A_project_using_the_shipped_codes_builds_and_runs()
    {
        var run = DotNet.Run(packages.CreateConsumer("Shipped"), "run");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("member: 2010301 行政运行");
        run.Output.ShouldContain("parsed: 2013999 其他社会工作事务支出");
        run.Output.ShouldContain("editions: 2017,2019,2023,2024");
        run.Output.ShouldContain("latest: 2024");
    }

    [Fact]
    public void A_project_with_its_own_2025_edition_builds_a_2025_disclosure_with_the_generated_member()
    {
        var directory = packages.CreateConsumer("Edition2025");
        // The edition file is the one README.md offers to copy, so that what a reader copies is what is tested.
        File.WriteAllText(Path.Combine(directory, "functional-2025.budget.json"), ReadmeEditionFile());
        var json = Path.Combine(directory, "disclosure-2025.json");
        var run = DotNet.Run(directory, "run", "--", json);
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("member: 2170404 中央金融机构注资特别国债支出 edition 2025");
        run.Output.ShouldContain("parent: 21704 金融调控支出");
        run.Output.ShouldContain("editions: 2017,2019,2023,2024,2025");
        run.Output.ShouldContain("read back: 2025 2 spending lines");
        var written = File.ReadAllText(json);
        written.ShouldContain("\"2170404\"");
        written.ShouldContain("2025");
    }

    [Fact]
    public void A_broken_schema_file_fails_the_build_with_BDG0012_at_its_line_and_column()
    {
        var directory = packages.CreateConsumer("Broken");
        var build = DotNet.Run(directory, "build");
        build.ExitCode.ShouldNotBe(0, build.ToString());
        var file = Path.Combine(directory, "codes-2025.budget.json");
        build.Output.ShouldContain($"{file}(8,31): error BDG0012: cannot rename '2019998': edition 2024 of functional has no such code; expected an existing code", Case.Sensitive, build.ToString());
        build.Output.ShouldContain("docs/diagnostics.md#bdg0012");
    }

    [Fact]
    public void BudgetSdkAddSchemaFiles_false_reads_no_schema_file_of_the_project()
    {
        var directory = packages.CreateConsumer("Broken", "BrokenNotRead", "<BudgetSdkAddSchemaFiles>false</BudgetSdkAddSchemaFiles>");
        var build = DotNet.Run(directory, "build");
        build.ExitCode.ShouldBe(0, build.ToString());
    }

    [Fact]
    public void The_budget_tool_installs_from_the_folder_and_audits_a_seed()
    {
        var tools = Path.Combine(packages.Root, "tools");
        var install = DotNet.Run(packages.Root, "tool", "install", "--tool-path", tools, "--add-source", packages.Feed, "--version", packages.Version, "BudgetSdk.Cli");
        install.ExitCode.ShouldBe(0, install.ToString());

        var seed = Path.Combine(RepositoryLayout.Root, "..", "shared", "seeds", "000_1c2c7671bae8aa3f.txt");
        var audit = DotNet.Execute(Path.Combine(tools, "budget"), packages.Root, "audit", seed);
        audit.ExitCode.ShouldBe(1, audit.ToString());
        audit.Output.ShouldContain("BDR0705 T9/合计/合计");
        audit.Output.ShouldContain("3 errors, 3 warnings");
    }

    /// <summary>The first JSON block of README.md's section "Use it in your project".</summary>
    private static string ReadmeEditionFile()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("## Use it in your project", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
