using BudgetSdk.Codes;
using BudgetSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace BudgetSdk.Generators.Tests;

/// <summary>
/// A project that references the package (BudgetSdkExtendShippedSchema=true): its files extend the shipped schema, the
/// generator emits only what they add, and the diagnostics point into the project's file.
/// </summary>
public sealed class ProjectSchemaTests
{
    private const string Path2025 = "/project/Schema/functional-2025.budget.json";

    // 财预〔2025〕41号 adds 2170404 under 21704 and the 款 22911 (its 项 not named).
    private const string Edition2025 = """
        {
          "kind": "codes",
          "codeSystem": "functional",
          "edition": 2025,
          "basedOn": 2024,
          "source": "财预〔2025〕41号",
          "changes": [
            { "op": "add", "code": "2170404", "name": "中央金融机构注资特别国债支出", "notes": "财预〔2025〕41号" },
            { "op": "add", "code": "22911", "name": "中央金融机构注资特别国债财务基金支出" },
            { "op": "rename", "code": "2010301", "name": "行政运行（机关）", "aliases": ["行政运行"] }
          ]
        }
        """;

    [Fact]
    public void A_2025_edition_emits_only_the_project_classes_and_the_registration()
    {
        var result = new GeneratorHarness([(Path2025, Edition2025)], extendShipped: true).Run();
        result.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, result.Diagnostics));
        var sources = result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        // Every code system derives 2025 from 2024, as the shipped 2024 derives from 2023; none of the shipped types is generated again.
        sources.Keys.Order(StringComparer.Ordinal).ShouldBe(
        [
            "DepartmentEconomicCodeEdition2025.g.cs",
            "FunctionalCodeEdition2025.g.cs",
            "GovernmentEconomicCodeEdition2025.g.cs",
            "ProjectSchema.g.cs",
        ]);
        var functional = sources["FunctionalCodeEdition2025.g.cs"];
        functional.ShouldContain("global::BudgetSdk.Codes.FunctionalCode.Edition2024.Catalog.Derive(");
        functional.ShouldContain("entries.Add(\"2170404\", \"中央金融机构注资特别国债支出\", \"财预〔2025〕41号\"");
        functional.ShouldContain("public static global::BudgetSdk.Codes.FunctionalCode 中央金融机构注资特别国债支出_2170404 => Catalog.Get(\"2170404\");");
        functional.ShouldContain("entries.Replace(\"2010301\", \"行政运行（机关）\"");
        // The shipped codes are not repeated: a handful of lines, not 1,300 codes.
        functional.Split('\n').Length.ShouldBeLessThan(60);
        sources["DepartmentEconomicCodeEdition2025.g.cs"].ShouldNotContain("entries.Add(");
    }

    [Theory]
    [InlineData("FunctionalCodeEdition2025")]
    [InlineData("ProjectSchema")]
    public void A_project_edition_matches_its_approved_snapshot(string name)
    {
        var result = new GeneratorHarness([(Path2025, Edition2025)], extendShipped: true).Run();
        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == name + ".g.cs").SourceText.ToString();
        BudgetSdk.Testing.Approvals.Verify(Path.Combine("tests", "BudgetSdk.Generators.Tests", "Snapshots"), "Project." + name, "cs", source);
    }

    [Fact]
    public void The_registered_edition_is_what_ForEdition_Editions_and_Latest_return()
    {
        var assembly = new GeneratorHarness([(Path2025, Edition2025)], extendShipped: true).RunCompileAndLoad();
        assembly.GetType(GeneratorHarness.Namespace + ".ProjectSchema")!.GetMethod("Register")!.Invoke(null, null);

        var catalog = FunctionalCode.ForEdition(2025);
        catalog.BasedOn.ShouldBe(2024);
        catalog.Count.ShouldBe(FunctionalCode.ForEdition(2024).Count + 2);
        catalog.Get("2170404").Parent!.Code.ShouldBe("21704");
        catalog.Get("2010301").Name.ShouldBe("行政运行（机关）");
        catalog.FindByName("中央金融机构注资特别国债财务基金支出").ShouldHaveSingleItem().Code.ShouldBe("22911");
        catalog.Changes.Select(c => c.Code).ShouldBe(["2170404", "22911", "2010301"]);
        FunctionalCode.Editions.ShouldContain(2025);
        FunctionalCode.Latest.ShouldBeSameAs(catalog);
        FunctionalCode.TryParse("2170404", out var parsed).ShouldBeTrue();
        parsed!.Edition.ShouldBe(2025);
        DepartmentEconomicCode.ForEdition(2025).Count.ShouldBe(DepartmentEconomicCode.ForEdition(2024).Count);
        FunctionalCode.ForEdition(2024).TryParse("2170404", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_cs_edit_reruns_nothing_and_an_edit_of_the_file_reemits_only_its_edition()
    {
        var harness = new GeneratorHarness([(Path2025, Edition2025)], extendShipped: true);
        harness.Run();
        harness.AddSyntaxTree("namespace Consumer { public sealed class Added { } }");
        var afterCs = harness.Run().Results.Single();
        afterCs.TrackedSteps[BudgetSchemaGenerator.Steps.Resolve].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);

        harness.ReplaceFile(Path2025, Edition2025.Replace("中央金融机构注资特别国债支出", "中央金融机构注资特别国债支出（修订）", StringComparison.Ordinal));
        var afterEdit = harness.Run().Results.Single();
        var modified = afterEdit.TrackedSteps[BudgetSchemaGenerator.Steps.Units].SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .Select(o => ((Model.EmitUnit)o.Value).HintName);
        modified.ShouldBe(["FunctionalCodeEdition2025.g.cs"]);
    }

    [Fact]
    public void A_project_without_schema_files_gets_nothing_generated()
    {
        var result = new GeneratorHarness([], extendShipped: true).Run();
        result.Diagnostics.ShouldBeEmpty();
        result.Results.Single().GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public void Local_codes_added_to_a_shipped_edition_extend_it()
    {
        const string local = """
            { "kind": "codes", "codeSystem": "functional", "edition": 2024, "source": "a region's own 项 (an example, not a real code)",
              "codes": [ { "code": "2170498", "name": "地方金融调控支出", "notes": "local" } ] }
            """;
        var result = new GeneratorHarness([("/project/local.budget.json", local)], extendShipped: true).Run();
        result.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, result.Diagnostics));
        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == "FunctionalCodeEdition2024.g.cs").SourceText.ToString();
        source.ShouldContain("global::BudgetSdk.Codes.FunctionalCode.Edition2024.Catalog.Derive(");
        source.ShouldContain("地方金融调控支出_2170498");
    }

    [Fact]
    public void A_rename_of_a_code_the_base_lacks_is_BDG0012_at_the_code()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2025, "basedOn": 2024,
              "changes": [
                { "op": "rename", "code": "2019998", "name": "x" }
              ] }
            """);
        diagnostic.Id.ShouldBe("BDG0012");
        DiagnosticTests.Position(diagnostic).ShouldBe((3, 31));
        diagnostic.GetMessage().ShouldBe("cannot rename '2019998': edition 2024 of functional has no such code; expected an existing code");
        diagnostic.Location.GetLineSpan().Path.ShouldBe(Path2025);
    }

    [Fact]
    public void An_add_of_a_code_the_edition_has_is_BDG0012()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2025, "basedOn": 2024,
              "changes": [ { "op": "add", "code": "2109999", "name": "其他卫生健康支出" } ] }
            """);
        diagnostic.Id.ShouldBe("BDG0012");
        DiagnosticTests.Position(diagnostic).ShouldBe((2, 39));
        diagnostic.GetMessage().ShouldContain("cannot add '2109999' to functional 2025: the edition already has it");
    }

    [Fact]
    public void An_edition_based_on_one_that_is_not_there_is_BDG0007_at_basedOn()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2025,
              "basedOn": 2030, "changes": [ { "op": "add", "code": "2170404", "name": "x" } ] }
            """);
        diagnostic.Id.ShouldBe("BDG0007");
        DiagnosticTests.Position(diagnostic).ShouldBe((2, 14));
        diagnostic.GetMessage().ShouldStartWith("Edition 2030 is not declared in the manifest; expected one of: 2017, 2019, 2021, 2023, 2024");
        diagnostic.Descriptor.HelpLinkUri.ShouldEndWith("docs/diagnostics.md#bdg0007");
    }

    [Fact]
    public void An_edition_neither_shipped_nor_based_on_one_is_BDG0007_at_the_edition()
    {
        var diagnostic = Single("""
            { "kind": "codes", "codeSystem": "functional", "edition": 2026,
              "codes": [ { "code": "2170404", "name": "x" } ] }
            """);
        diagnostic.Id.ShouldBe("BDG0007");
        DiagnosticTests.Position(diagnostic).ShouldBe((1, 59));
        diagnostic.GetMessage().ShouldEndWith("a project declares an edition of its own in its codes file with \"basedOn\", e.g. \"edition\": 2025, \"basedOn\": 2024");
    }

    [Fact]
    public void A_manifest_of_the_project_is_BDG0011()
    {
        var manifest = Single("""{ "kind": "manifest", "codeSystems": [], "editions": [] }""");
        manifest.Id.ShouldBe("BDG0011");
        manifest.GetMessage().ShouldContain("\"basedOn\"");
    }

    internal static Diagnostic Single(string text)
    {
        var diagnostics = new GeneratorHarness([(Path2025, text)], extendShipped: true).Run().Diagnostics;
        return diagnostics.ShouldHaveSingleItem(string.Join(Environment.NewLine, diagnostics));
    }
}
