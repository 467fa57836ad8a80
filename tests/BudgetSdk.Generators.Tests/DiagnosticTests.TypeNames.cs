using Microsoft.CodeAnalysis;

namespace BudgetSdk.Generators.Tests;

// BDG0009 for a typeName the generated code cannot use: a class the generator also emits, or a member of the class
// the type becomes part of. Reported at the typeName, and the rest of the schema still compiles.
public sealed partial class DiagnosticTests
{
    [Theory]
    [InlineData("IndicatorTiers", "clashes with the generated class IndicatorTiers in the generated code; expected a name of its own")]
    [InlineData("IndicatorFrameworks", "clashes with the generated class IndicatorFrameworks in the generated code; expected a name of its own")]
    [InlineData("LineSets", "clashes with the generated class LineSets in the generated code; expected a name of its own")]
    [InlineData("All", "clashes with the member IndicatorFrameworks.All in the generated code; expected a name of its own")]
    [InlineData("ToString", "clashes with the member IndicatorFrameworks.ToString in the generated code; expected a name of its own")]
    [InlineData("2024Hebei", "is not a C# type name; expected letters, digits or '_', not starting with a digit")]
    [InlineData("class", "is a C# keyword; expected a type name that is not one")]
    public void BDG0009_framework_type_name_the_generated_code_cannot_use(string typeName, string problem)
    {
        var diagnostic = Single($$"""
            { "kind": "indicatorFramework", "id": "f", "edition": 2024, "title": "t",
              "typeName": "{{typeName}}", "tiers": [ { "name": "产出指标", "level": 1 } ] }
            """);
        diagnostic.Id.ShouldBe("BDG0009");
        Position(diagnostic).ShouldBe((2, 15));
        diagnostic.GetMessage().ShouldBe($"typeName '{typeName}' {problem}");
    }

    [Fact]
    public void BDG0009_code_system_type_name_that_is_a_generated_class()
    {
        const string Manifest = """
            { "kind": "manifest", "editions": [ { "year": 2024 } ], "codeSystems": [
              { "id": "functional", "typeName": "LineSets", "title": "支出功能分类", "levels": [3, 5, 7] } ] }
            """;
        var diagnostic = Run(("/schema/manifest.budget.json", Manifest)).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("BDG0009");
        Position(diagnostic).ShouldBe((2, 37));
        diagnostic.GetMessage().ShouldBe("typeName 'LineSets' clashes with the generated class LineSets in the generated code; expected a name of its own");
    }

    [Theory]
    [InlineData("IndicatorTiers")]
    [InlineData("IndicatorFrameworks")]
    [InlineData("LineSets")]
    [InlineData("All")]
    [InlineData("ToString")]
    [InlineData("class")]
    public void A_framework_rejected_for_its_type_name_leaves_code_that_compiles(string typeName)
    {
        var harness = new Infrastructure.GeneratorHarness([
            ("/schema/manifest.budget.json", """{ "kind": "manifest", "codeSystems": [], "editions": [ { "year": 2024 } ] }"""),
            ("/schema/f.budget.json", $$"""{ "kind": "indicatorFramework", "id": "f", "typeName": "{{typeName}}", "edition": 2024, "title": "t", "tiers": [ { "name": "产出指标", "level": 1 } ] }"""),
        ]);

        var compiler = harness.RunAndCompile();

        compiler.ShouldBeEmpty(string.Join(Environment.NewLine, compiler));
        harness.Driver.GetRunResult().Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("BDG0009");
    }
}
