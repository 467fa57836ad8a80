using System.Reflection;
using System.Runtime.Loader;
using BudgetSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace BudgetSdk.Generators.Tests;

/// <summary>
/// A code system the manifest declares but no codes file fills (a schema being written, or whose codes all failed their
/// own checks) still gives a type that compiles, with no editions; using it says what the schema lacks.
/// </summary>
public sealed class EmptyCodeSystemTests
{
    private const string Manifest = """
        {
          "kind": "manifest",
          "codeSystems": [ { "id": "functional", "typeName": "FunctionalCode", "title": "支出功能分类", "levels": [3, 5, 7] } ],
          "editions": [ { "year": 2023 }, { "year": 2024, "basedOn": 2023 } ]
        }
        """;

    // Every static member a user may reach for, so that each must compile.
    private const string Consumer = """
        namespace Consumer
        {
            public static class Uses
            {
                public static int Count => global::Sample.Codes.FunctionalCode.Editions.Count;

                public static object Latest() => global::Sample.Codes.FunctionalCode.Latest;

                public static object Parse() => global::Sample.Codes.FunctionalCode.Parse("201");

                public static bool TryParse() => global::Sample.Codes.FunctionalCode.TryParse(global::System.MemoryExtensions.AsSpan("201"), out _);

                public static bool TryGet() => global::Sample.Codes.FunctionalCode.TryGetEdition(2024, out _);

                public static object Converter() => new global::Sample.Codes.FunctionalCode.JsonConverter();
            }
        }
        """;

    // No codes file yet; an empty list; codes that all fail their own check (reported as that, not again as "no codes").
    [Theory]
    [InlineData(null, null)]
    [InlineData("""{ "kind": "codes", "codeSystem": "functional", "edition": 2024, "codes": [] }""", null)]
    [InlineData("""{ "kind": "codes", "codeSystem": "functional", "edition": 2024, "codes": [ { "code": "20A", "name": "x" } ] }""", "BDG0004")]
    public void The_type_compiles_and_only_the_codes_own_problems_are_reported(string? codes, string? reported)
    {
        var files = new List<(string, string)> { ("/schema/manifest.budget.json", Manifest) };
        if (codes is not null)
        {
            files.Add(("/schema/2024/codes.budget.json", codes));
        }

        var (generator, compiler, _) = Compile(files.ToArray());

        generator.Select(d => d.Id).ShouldBe(reported is null ? [] : [reported]);
        compiler.ShouldBeEmpty(string.Join(Environment.NewLine, compiler));
    }

    [Fact]
    public void At_run_time_there_are_no_editions_and_Latest_says_the_schema_has_no_codes()
    {
        var (_, compiler, assembly) = Compile(("/schema/manifest.budget.json", Manifest));
        assembly.ShouldNotBeNull(string.Join(Environment.NewLine, compiler));
        var type = assembly.GetType("Sample.Codes.FunctionalCode", throwOnError: true)!;

        ((IReadOnlyList<int>)type.GetProperty("Editions")!.GetValue(null)!).ShouldBeEmpty();
        var parse = type.GetMethod("Parse", [typeof(string)])!;
        var thrown = Should.Throw<TargetInvocationException>(() => parse.Invoke(null, ["2010301"]));
        var inner = thrown.InnerException.ShouldBeOfType<InvalidOperationException>();
        inner.Message.ShouldBe("FunctionalCode has no editions: the schema declares code system 'functional' (支出功能分类) but lists no codes for it in any edition; expected a codes file with codes of a declared edition");
        var forEdition = Should.Throw<TargetInvocationException>(() => type.GetMethod("ForEdition")!.Invoke(null, [2024]));
        forEdition.InnerException.ShouldBeOfType<ArgumentOutOfRangeException>().Message.ShouldContain("expected one of: (none)");
    }

    /// <summary>The generator's diagnostics, the compiler's errors and warnings, and the assembly (loaded in a collectible context).</summary>
    private static (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiler, Assembly? Assembly) Compile(params (string Path, string Text)[] files)
    {
        var harness = new GeneratorHarness(files);
        harness.AddSyntaxTree(Consumer);
        harness.Driver.RunGeneratorsAndUpdateCompilation(harness.Compilation, out var output, out var generator);
        var compiler = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        using var image = new MemoryStream();
        if (!output.Emit(image).Success)
        {
            return (generator, compiler, null);
        }

        image.Position = 0;
        return (generator, compiler, new AssemblyLoadContext("EmptyCodeSystem", isCollectible: true).LoadFromStream(image));
    }
}
