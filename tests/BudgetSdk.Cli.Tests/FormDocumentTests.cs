using BudgetSdk.Tests;

namespace BudgetSdk.Cli.Tests;

/// <summary>
/// <c>budget</c> on documents printed in other regions' forms (../shared/documents): audited by their form file, and a
/// region without one refused in one line.
/// </summary>
public class FormDocumentTests
{
    private static readonly string Documents = Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents");

    [Fact]
    public void A_Shanghai_document_is_audited_by_its_form_and_its_stray_digit_breaks_a_rule()
    {
        var path = Path.Combine(Documents, "shanghai", "sh-putuo-finance-2025.layout.txt");

        var run = Budget.Run("audit", path);

        run.Exit.ShouldBe(ExitCodes.RuleBroken);
        run.Out.ShouldContain("上海市普陀区财政局 2025 (region 310107)");
        run.Out.ShouldContain("BDR0926 narrative:line 103");
        run.Out.ShouldContain("887.36 is 87.36 with an extra digit 8");
    }

    [Fact]
    public void A_region_without_a_form_is_one_line_naming_what_the_schema_has()
    {
        var text = File.ReadAllText(Path.Combine(Documents, "shanghai", "sh-putuo-finance-2025.layout.txt"))
            .Replace("上海市普陀区财政局", "四川省财政厅", StringComparison.Ordinal);
        using var file = new TempFile(text);

        var run = Budget.Run("audit", file.Path);

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.ErrLines.ShouldHaveSingleItem().ShouldStartWith($"budget: {file.Path}: no template for 四川省 2025 (the schema has: 河北省 2023–2024, 青龙满族自治县 2024, 望都县 2024, 上海市");
        run.ErrLines[0].ShouldEndWith("); see docs/templates.md");
    }
}
