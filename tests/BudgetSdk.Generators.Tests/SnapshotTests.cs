using BudgetSdk.Generators.Tests.Infrastructure;
using BudgetSdk.Testing;

namespace BudgetSdk.Generators.Tests;

/// <summary>
/// The generated source for a small schema that has every shape: two systems, a base and a derived edition
/// (add, rename, retire), duplicate names, aliases and notes, brackets, an indicator framework and a line set with keys, text and notes.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly string SnapshotFolder = Path.Combine("tests", "BudgetSdk.Generators.Tests", "Snapshots");

    private static readonly GeneratorHarness.RunOutput Output = GeneratorHarness.RunSample();

    public static TheoryData<string> HintNames() => new(Output.Sources.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generated_file_matches_its_approved_snapshot(string hintName)
        => Approvals.Verify(SnapshotFolder, hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), "cs", Output.Sources[hintName]);

    [Fact]
    public void The_sample_emits_one_file_per_type_edition_and_class()
        => Output.Sources.Keys.Order(StringComparer.Ordinal).ShouldBe(
        [
            "DepartmentEconomicCode.Edition2023.302.g.cs",
            "DepartmentEconomicCode.Edition2023.g.cs",
            "DepartmentEconomicCode.Edition2024.302.g.cs",
            "DepartmentEconomicCode.Edition2024.g.cs",
            "DepartmentEconomicCode.g.cs",
            "FormSources.g.cs",
            "FunctionalCode.Edition2023.201.g.cs",
            "FunctionalCode.Edition2023.213.g.cs",
            "FunctionalCode.Edition2023.g.cs",
            "FunctionalCode.Edition2024.201.g.cs",
            "FunctionalCode.Edition2024.213.g.cs",
            "FunctionalCode.Edition2024.g.cs",
            "FunctionalCode.g.cs",
            "IndicatorFrameworks.Sample2024.g.cs",
            "IndicatorTiers.Sample2024.g.cs",
            "LineSets.T1Expense_2024_13.g.cs",
            "SchemaDirectory.g.cs",
        ]);

    [Fact]
    public void The_generated_code_compiles_without_warnings_against_the_runtime()
    {
        Output.CompilerDiagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, Output.CompilerDiagnostics));
        Output.GeneratorDiagnostics.ShouldBeEmpty();
    }
}
