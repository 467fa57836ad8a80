namespace BudgetSdk.Generators.Tests;

// Diagnostics only a project that references the package can get; the rest of its diagnostics are in ProjectSchemaTests.
public sealed partial class DiagnosticTests
{
    [Fact]
    public void BDG0015_a_template_in_a_project_is_not_supported_yet()
    {
        var diagnostic = ProjectSchemaTests.Single("""{ "kind": "lineSet", "id": "t1-income", "edition": 2024, "title": "x", "lines": [] }""");
        diagnostic.Id.ShouldBe("BDG0015");
        Position(diagnostic).ShouldBe((1, 11));
        diagnostic.GetMessage().ShouldBe("A project that references BudgetSdk cannot add a schema file of kind 'lineSet' yet; expected kind codes (an edition's changes or codes)");
    }
}
