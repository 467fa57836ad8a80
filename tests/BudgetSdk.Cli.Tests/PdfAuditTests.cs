using System.Text.RegularExpressions;
using BudgetSdk.Tests;

namespace BudgetSdk.Cli.Tests;

/// <summary>
/// <c>budget audit</c> of a region's PDF finds what it finds in the PDF's <c>pdftotext -layout</c> text: the same rules
/// broken with the same messages. Line numbers are of the text each was read from (a PDF's lines are those of its layout
/// text, whose blank lines differ from pdftotext's), so they are left out of the comparison.
/// </summary>
public sealed partial class PdfAuditTests
{
    private static readonly string Documents = Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents");

    [Theory]
    [InlineData("sh-putuo-finance-2025")]
    [InlineData("sh-putuo-welfare-2024-unit")]
    [InlineData("sh-putuo-wanli-2023")]
    [InlineData("sh-municipal-finance-2025-unit")]
    public void A_Shanghai_pdf_gives_the_findings_of_its_layout_text(string id)
    {
        var fromPdf = Budget.Run("audit", Path.Combine(Documents, "shanghai", id + ".pdf"));
        var fromLayout = Budget.Run("audit", Path.Combine(Documents, "shanghai", id + ".layout.txt"));

        fromPdf.Exit.ShouldBe(ExitCodes.RuleBroken);
        var findings = Findings(fromPdf.Out);
        findings.ShouldContain(f => f.StartsWith("BDR09", StringComparison.Ordinal));
        findings.ShouldBe(Findings(fromLayout.Out));
    }

    // The finding lines (rule id, place, message) without their line numbers.
    private static List<string> Findings(string output) => output.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.StartsWith("BDR", StringComparison.Ordinal))
        .Select(l => LineNumber().Replace(l, "line #"))
        .ToList();

    [GeneratedRegex(@"line \d+")]
    private static partial Regex LineNumber();
}
