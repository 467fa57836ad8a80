using BudgetSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BudgetSdk.Generators.Tests;

/// <summary>One test per schema diagnostic: the id, the place (line and column in the schema file) and the message.</summary>
public sealed partial class DiagnosticTests
{
    private const string Manifest = """
        {
          "kind": "manifest",
          "codeSystems": [ { "id": "functional", "typeName": "FunctionalCode", "title": "支出功能分类", "levels": [3, 5, 7] } ],
          "editions": [ { "year": 2023 }, { "year": 2024, "basedOn": 2023 } ]
        }
        """;

    private const string Class201 = """
        { "kind": "codes", "codeSystem": "functional", "edition": 2023, "codes": [
          { "code": "201", "name": "一般公共服务支出" },
          { "code": "20103", "name": "政府办公厅（室）及相关机构事务" },
          { "code": "2010301", "name": "行政运行" }
        ] }
        """;

    [Fact]
    public void BDG0001_malformed_json_points_at_the_bad_token()
    {
        var diagnostic = Single("""
            { "kind": "codes",
              "codeSystem": "functional" "edition": 2023 }
            """);
        diagnostic.Id.ShouldBe("BDG0001");
        Position(diagnostic).ShouldBe((2, 30));
        diagnostic.GetMessage().ShouldContain("expected ',' or '}'");
        diagnostic.GetMessage().ShouldContain("found '\"'");
    }

    [Fact]
    public void BDG0001_unterminated_file_says_end_of_file()
    {
        var diagnostic = Single("""{ "kind": "codes", "codes": [ """);
        diagnostic.Id.ShouldBe("BDG0001");
        diagnostic.GetMessage().ShouldContain("end of file");
    }

    [Fact]
    public void BDG0002_duplicate_code_names_the_first_place()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2023, "codes": [
              { "code": "2010301", "name": "again" }
            ] }
            """, Class201);
        diagnostic.Id.ShouldBe("BDG0002");
        Position(diagnostic).ShouldBe((2, 13));
        diagnostic.GetMessage().ShouldContain("'2010301' appears more than once in functional edition 2023");
        diagnostic.GetMessage().ShouldContain("(first at /schema/a0.budget.json(4,13))");
    }

    [Fact]
    public void BDG0003_code_without_parent()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2023, "codes": [
              { "code": "201", "name": "一般公共服务支出" },
              { "code": "2010301", "name": "行政运行" }
            ] }
            """);
        diagnostic.Id.ShouldBe("BDG0003");
        Position(diagnostic).ShouldBe((3, 13));
        diagnostic.GetMessage().ShouldBe("Code '2010301' needs its parent '20103' in functional edition 2023; list the parent code too");
    }

    [Theory]
    [InlineData("20A", 0)]
    [InlineData("2010", 0)]
    [InlineData("20103011", 0)]
    public void BDG0004_wrong_length_or_non_digit_code(string code, int _)
    {
        var diagnostic = Single($$"""
            { "kind": "codes", "codeSystem": "functional", "edition": 2023, "codes": [
              { "code": "{{code}}", "name": "x" }
            ] }
            """);
        diagnostic.Id.ShouldBe("BDG0004");
        Position(diagnostic).ShouldBe((2, 13));
        diagnostic.GetMessage().ShouldBe($"Code '{code}' is not valid for 支出功能分类: expected only digits, 3 or 5 or 7 of them");
    }

    [Fact]
    public void BDG0005_empty_name()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2023, "codes": [
              { "code": "201", "name": "  " }
            ] }
            """);
        diagnostic.Id.ShouldBe("BDG0005");
        Position(diagnostic).ShouldBe((2, 28));
        diagnostic.GetMessage().ShouldContain("Code '201' has an empty name");
    }

    [Fact]
    public void BDG0006_unknown_tier_parent_lists_the_allowed_ones()
    {
        var diagnostic = Single("""
            { "kind": "indicatorFramework", "id": "f", "typeName": "F2024", "edition": 2024, "title": "t", "tiers": [
              { "name": "产出指标", "level": 1 },
              { "name": "效益指标", "level": 1 },
              { "name": "数量指标", "level": 2, "parent": "产出" }
            ] }
            """);
        diagnostic.Id.ShouldBe("BDG0006");
        Position(diagnostic).ShouldBe((4, 43));
        diagnostic.GetMessage().ShouldBe("Tier '数量指标' names parent '产出', which is not a level-1 tier of framework 'f'; expected one of: 产出指标, 效益指标");
    }

    [Fact]
    public void BDG0007_unknown_edition_lists_the_declared_ones()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2019, "codes": [ { "code": "201", "name": "x" } ] }
            """);
        diagnostic.Id.ShouldBe("BDG0007");
        Position(diagnostic).ShouldBe((1, 59));
        diagnostic.GetMessage().ShouldBe("Edition 2019 is not declared in the manifest; expected one of: 2023, 2024");
    }

    [Fact]
    public void BDG0007_editions_based_on_each_other()
    {
        // A base may be later (2017 written as its differences from 2023), but a chain of bases must end.
        var diagnostics = Run(("/schema/manifest.budget.json", """
            { "kind": "manifest",
              "codeSystems": [ { "id": "functional", "typeName": "FunctionalCode", "title": "支出功能分类", "levels": [3, 5, 7] } ],
              "editions": [ { "year": 2017, "basedOn": 2023 }, { "year": 2023, "basedOn": 2017 } ] }
            """));
        diagnostics.Select(d => d.Id).ShouldBe(["BDG0007", "BDG0007"]);
        diagnostics[0].GetMessage().ShouldBe("Edition 2023 is not declared in the manifest; expected one of: (none) (a base must not itself derive from the edition)");
    }

    [Fact]
    public void An_edition_based_on_a_later_one_is_no_diagnostic()
    {
        var diagnostics = Run(("/schema/manifest.budget.json", """
            { "kind": "manifest",
              "codeSystems": [ { "id": "functional", "typeName": "FunctionalCode", "title": "支出功能分类", "levels": [3, 5, 7] } ],
              "editions": [ { "year": 2017, "basedOn": 2023 }, { "year": 2023 } ] }
            """), ("/schema/a.budget.json", Class201), ("/schema/b.budget.json", """
            { "kind": "codes", "codeSystem": "functional", "edition": 2017, "changes": [
              { "op": "add", "code": "2010302", "name": "一般行政管理事务" }
            ] }
            """));
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void BDG0008_unknown_code_system()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "revenue", "edition": 2023, "codes": [ { "code": "101", "name": "税收收入" } ] }
            """);
        diagnostic.Id.ShouldBe("BDG0008");
        Position(diagnostic).ShouldBe((1, 34));
        diagnostic.GetMessage().ShouldBe("Code system 'revenue' is not declared in the manifest; expected one of: functional");
    }

    [Fact]
    public void BDG0009_wrong_property_kind_names_the_json_path_and_the_expected_type()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": "2023", "codes": [] }
            """);
        diagnostic.Id.ShouldBe("BDG0009");
        Position(diagnostic).ShouldBe((1, 59));
        diagnostic.GetMessage().ShouldBe("$.edition is a string; expected an integer");
    }

    [Fact]
    public void BDG0009_missing_property_names_it()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2023, "codes": [ { "name": "x" } ] }
            """);
        diagnostic.Id.ShouldBe("BDG0009");
        diagnostic.GetMessage().ShouldBe("$.codes[0] has no property 'code'; expected a string");
    }

    [Theory]
    [InlineData("\"BusinessIncome\"", 32, "$.lines[0].keys is a string; expected an array of strings")]
    [InlineData("""[ "OtherIncome", 7 ]""", 49, "$.lines[0].keys[1] is the number 7; expected a non-empty string")]
    [InlineData("""[ " " ]""", 34, "$.lines[0].keys[0] is a blank string; expected a non-empty string")]
    [InlineData("""[ null ]""", 34, "$.lines[0].keys[0] is null; expected a non-empty string")]
    public void BDG0009_line_keys_that_are_not_an_array_of_non_empty_strings(string keys, int column, string message)
    {
        var diagnostic = Single($$"""
            { "kind": "lineSet", "id": "t1-income", "edition": 2024, "title": "t", "lines": [
              { "label": "五、单位资金", "keys": {{keys}} }
            ] }
            """);
        diagnostic.Id.ShouldBe("BDG0009");
        Position(diagnostic).ShouldBe((2, column));
        diagnostic.GetMessage().ShouldBe(message);
    }

    [Fact]
    public void BDG0009_line_text_that_is_not_a_string()
    {
        var diagnostic = Single("""
            { "kind": "lineSet", "id": "glossary", "edition": 2024, "title": "t", "lines": [ { "label": "上年结转", "text": 5 } ] }
            """);
        diagnostic.Id.ShouldBe("BDG0009");
        diagnostic.GetMessage().ShouldBe("$.lines[0].text is the number 5; expected a string");
    }

    [Theory]
    [InlineData("""{ "name": "产出指标", "level": 1, "required": "yes" }""", 45, "$.tiers[0].required is a string; expected a boolean (true or false)")]
    [InlineData("""{ "name": "产出指标", "level": 1, "required": 0 }""", 45, "$.tiers[0].required is the number 0; expected a boolean (true or false)")]
    [InlineData("""{ "name": "产出指标", "level": 1 }, { "name": "数量指标", "level": 2, "parent": "产出指标", "required": true }""", 95,
        "二级 tier '数量指标' has 'required'; expected it only on 一级 tiers")]
    public void BDG0009_tier_required_must_be_a_boolean_on_a_first_tier(string tiers, int column, string message)
    {
        var diagnostic = Single($$"""
            { "kind": "indicatorFramework", "id": "f", "typeName": "F2024", "edition": 2024, "title": "t", "tiers": [
              {{tiers}}
            ] }
            """);
        diagnostic.Id.ShouldBe("BDG0009");
        Position(diagnostic).ShouldBe((2, column));
        diagnostic.GetMessage().ShouldBe(message);
    }

    [Fact]
    public void BDG0010_unknown_kind()
    {
        var diagnostic = Single("""{ "kind": "table" }""");
        diagnostic.Id.ShouldBe("BDG0010");
        Position(diagnostic).ShouldBe((1, 11));
        diagnostic.GetMessage().ShouldContain("Unknown kind 'table'; expected one of: manifest, codes");
    }

    [Fact]
    public void BDG0011_no_manifest()
    {
        var diagnostics = Run(("/schema/only.budget.json", Class201));
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("BDG0011");
        diagnostic.GetMessage().ShouldContain("expected exactly one file with \"kind\": \"manifest\"");
    }

    [Fact]
    public void BDG0011_second_manifest()
    {
        var diagnostic = Single(Manifest);
        diagnostic.Id.ShouldBe("BDG0011");
        // Files are taken in path order, so the manifest that sorts later is the one reported.
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/schema/manifest.budget.json");
        diagnostic.GetMessage().ShouldContain("a second manifest; expected exactly one (the first is /schema/b.budget.json)");
    }

    [Fact]
    public void BDG0012_rename_of_a_code_the_base_does_not_have()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2024, "changes": [
              { "op": "rename", "code": "20199", "name": "新名称" }
            ] }
            """, Class201);
        diagnostic.Id.ShouldBe("BDG0012");
        Position(diagnostic).ShouldBe((2, 29));
        diagnostic.GetMessage().ShouldBe("cannot rename '20199': edition 2023 of functional has no such code; expected an existing code");
    }

    [Fact]
    public void BDG0012_retiring_a_parent_but_not_its_children()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2024, "changes": [ { "op": "retire", "code": "20103" } ] }
            """, Class201);
        diagnostic.Id.ShouldBe("BDG0012");
        diagnostic.GetMessage().ShouldContain("retiring '20103' leaves its child '2010301' without a parent");
    }

    [Fact]
    public void BDG0013_line_naming_a_class_by_the_wrong_name()
    {
        var diagnostic = Single("""
            { "kind": "lineSet", "id": "t1-expense", "edition": 2024, "title": "t", "lines": [
              { "label": "一、教育支出", "functionalClass": "201" }
            ] }
            """, Class201);
        diagnostic.Id.ShouldBe("BDG0013");
        Position(diagnostic).ShouldBe((2, 3));
        diagnostic.GetMessage().ShouldContain("whose name is '一般公共服务支出'");
    }

    [Fact]
    public void BDG0013_line_listing_a_key_twice()
    {
        var diagnostic = Single("""
            { "kind": "lineSet", "id": "t9-rows", "edition": 2024, "title": "t", "lines": [
              { "label": "二、公务用车购置及运维费", "keys": ["VehiclePurchase", "VehicleOperation", "VehiclePurchase"] }
            ] }
            """);
        diagnostic.Id.ShouldBe("BDG0013");
        Position(diagnostic).ShouldBe((2, 38));
        diagnostic.GetMessage().ShouldBe("line '二、公务用车购置及运维费' lists key 'VehiclePurchase' more than once; expected each key once");
    }

    [Fact]
    public void BDG0014_framework_declared_twice()
    {
        const string Framework = """{ "kind": "indicatorFramework", "id": "f", "typeName": "F", "edition": 2024, "title": "t", "tiers": [] }""";
        var diagnostics = Run(("/schema/manifest.budget.json", Manifest), ("/schema/a.budget.json", Framework), ("/schema/b.budget.json", Framework));
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("BDG0014");
        diagnostic.GetMessage().ShouldContain("indicator framework 'f / F' is declared more than once");
    }

    [Fact]
    public void BDG0099_an_exception_while_reading_becomes_a_diagnostic_not_a_crash()
    {
        var harness = new GeneratorHarness([("/schema/manifest.budget.json", Manifest)]);
        harness.Files.Add(new ThrowingText());
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create([new BudgetSchemaGenerator().AsSourceGenerator()], harness.Files)
            .RunGenerators(harness.Compilation);
        var result = driver.GetRunResult();
        result.Results.Single().Exception.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("BDG0099");
        diagnostic.GetMessage().ShouldContain("disk on fire");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/schema/throws.budget.json");
    }

    [Fact]
    public void Every_descriptor_has_a_test_and_an_entry_in_the_release_notes()
    {
        var tested = typeof(DiagnosticTests).GetMethods().Select(m => m.Name[..Math.Min(7, m.Name.Length)]).Where(n => n.StartsWith("BDG", StringComparison.Ordinal)).ToHashSet();
        var declared = typeof(BudgetSchemaGenerator).Assembly.GetType("BudgetSdk.Generators.Diagnostics.SchemaDiagnostics")!
            .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public)
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .ToList();
        declared.Count.ShouldBeGreaterThan(10);
        declared.ShouldAllBe(id => tested.Contains(id));
    }

    /// <summary>Runs the manifest, <paramref name="others"/> as a.budget.json…, and <paramref name="file"/> as b.budget.json.</summary>
    private static Diagnostic Single(string file, params string[] others)
    {
        var files = new List<(string, string)> { ("/schema/manifest.budget.json", Manifest) };
        files.AddRange(others.Select((text, i) => ($"/schema/a{i}.budget.json", text)));
        files.Add(("/schema/b.budget.json", file));
        var diagnostics = Run(files.ToArray());
        return diagnostics.ShouldHaveSingleItem(string.Join(Environment.NewLine, diagnostics));
    }

    private static IReadOnlyList<Diagnostic> Run(params (string Path, string Text)[] files)
        => new GeneratorHarness(files).Run().Diagnostics;

    /// <summary>One-based line and column, as an editor shows them.</summary>
    internal static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    private sealed class ThrowingText : AdditionalText
    {
        public override string Path => "/schema/throws.budget.json";

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new InvalidOperationException("disk on fire");
    }
}
