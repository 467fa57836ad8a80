using BudgetSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace BudgetSdk.Generators.Tests;

/// <summary>
/// The typed tier tree (<c>IndicatorTiers.Sample2024.产出指标.数量指标</c>) as code that uses it: a 二级 tier under its
/// own 一级 tier compiles, under another 一级 tier it does not; tier names that would clash still give members.
/// </summary>
public sealed class TierTreeTests
{
    [Fact]
    public void A_second_tier_under_its_own_first_tier_compiles_into_an_indicator()
    {
        var diagnostics = CompileSampleWith("""
            var tier = global::Sample.Codes.IndicatorTiers.Sample2024.产出指标.数量指标;
            var first = global::Sample.Codes.IndicatorTiers.Sample2024.效益指标.Tier;
            return new global::BudgetSdk.Performance.PerformanceIndicator(tier, "发放人数", "d", global::BudgetSdk.Performance.Values.IndicatorValue.Parse("≥100人"), "计划标准");
            """);

        diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, diagnostics));
    }

    [Fact]
    public void A_second_tier_under_the_wrong_first_tier_does_not_compile()
    {
        var diagnostics = CompileSampleWith("""
            var tier = global::Sample.Codes.IndicatorTiers.Sample2024.满意度指标.数量指标;
            return new global::BudgetSdk.Performance.PerformanceIndicator(tier, "发放人数", "d", global::BudgetSdk.Performance.Values.IndicatorValue.Parse("≥100人"), "计划标准");
            """);

        var error = diagnostics.ShouldHaveSingleItem(string.Join(Environment.NewLine, diagnostics));
        error.Id.ShouldBe("CS0117");
        error.Location.GetLineSpan().Path.ShouldStartWith("Extra");
        error.GetMessage().ShouldContain("满意度指标' does not contain a definition for '数量指标'");
    }

    [Fact]
    public void Tier_names_that_would_clash_get_a_suffix_and_the_tree_compiles()
    {
        // Edge (the framework's own name), Tier (the 一级 tier's own property), a keyword, an object member, names
        // that clean to the same identifier, and a name with no identifier characters at all.
        const string Framework = """
            { "kind": "indicatorFramework", "id": "edge", "typeName": "Edge", "edition": 2024, "title": "t", "tiers": [
              { "name": "Edge", "level": 1, "required": false },
              { "name": "Tier", "level": 2, "parent": "Edge" },
              { "name": "Edge_", "level": 2, "parent": "Edge" },
              { "name": "（Tier）", "level": 1 },
              { "name": "class", "level": 2, "parent": "（Tier）" },
              { "name": "ToString", "level": 2, "parent": "（Tier）" },
              { "name": "效益指标", "level": 1 },
              { "name": "效益（指标）", "level": 1 },
              { "name": "（）", "level": 2, "parent": "效益指标" }
            ] }
            """;
        var harness = new GeneratorHarness([("/schema/manifest.budget.json", Manifest), ("/schema/edge.budget.json", Framework)]);
        harness.AddSyntaxTree("""
            namespace Consumer
            {
                public static class Uses
                {
                    public static object[] All => new object[]
                    {
                        global::Sample.Codes.IndicatorTiers.Edge.Edge_.Tier, global::Sample.Codes.IndicatorTiers.Edge.Edge_.Tier_,
                        global::Sample.Codes.IndicatorTiers.Edge.Edge_.Edge__, global::Sample.Codes.IndicatorTiers.Edge.Tier_.class_,
                        global::Sample.Codes.IndicatorTiers.Edge.Tier_.ToString_, global::Sample.Codes.IndicatorTiers.Edge.效益指标._,
                        global::Sample.Codes.IndicatorTiers.Edge.效益指标_.Tier,
                    };
                }
            }
            """);

        var diagnostics = harness.RunAndCompile();

        diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, diagnostics));
        var source = harness.Driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "IndicatorTiers.Edge.g.cs").SourceText.ToString();
        source.ShouldContain("Tier_ { get; } = global::Sample.Codes.IndicatorFrameworks.Edge.Tier(\"Edge\", \"Tier\");");
        source.ShouldContain("_ { get; } = global::Sample.Codes.IndicatorFrameworks.Edge.Tier(\"效益指标\", \"（）\");");
    }

    // No code systems: the test is about tiers alone.
    private const string Manifest = """{ "kind": "manifest", "codeSystems": [], "editions": [ { "year": 2024 } ] }""";

    /// <summary>Compiles the sample schema's output with <paramref name="body"/> as the body of a method; returns errors and warnings.</summary>
    private static IReadOnlyList<Diagnostic> CompileSampleWith(string body)
    {
        var harness = new GeneratorHarness(GeneratorHarness.LoadSchemas("Sample"));
        harness.AddSyntaxTree($$"""
            namespace Consumer
            {
                public static class Uses
                {
                    public static global::BudgetSdk.Performance.PerformanceIndicator Make()
                    {
            {{body}}
                    }
                }
            }
            """);
        return harness.RunAndCompile();
    }
}
