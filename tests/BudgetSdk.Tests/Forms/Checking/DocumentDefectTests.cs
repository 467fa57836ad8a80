using BudgetSdk.Audit;

namespace BudgetSdk.Tests.Forms.Checking;

/// <summary>
/// The defects ../shared/documents/README.md lists, found in the real documents read from their layout text, each with its
/// place and expected value. sh-putuo-finance-2025 reads cell for cell as its PDF list says, so its findings are asserted
/// whole: the README's four, and three more quotes cut rather than rounded the way 87.70 is.
/// </summary>
public class DocumentDefectTests
{
    private static string Row(Finding f) => $"{f.Rule} {f.Severity} {f.Location} line {f.Line} printed {f.Printed} expected {f.Expected}";

    [Fact]
    public void Putuo_finance_2025_has_its_stray_digit_its_copied_note_its_cut_amounts_and_its_repeated_items()
    {
        var findings = AuditedDocuments.Audit("shanghai/sh-putuo-finance-2025").Select(Row).ToArray();

        findings.ShouldBe(new[]
        {
            "BDR0927 Error narrative:line 99 line 99 printed 87.70 expected 87.71",
            "BDR0926 Error narrative:line 103 line 103 printed 887.36 expected 87.36",
            "BDR0927 Error narrative:line 107 line 107 printed 78.21 expected 78.22",
            "BDR0927 Error narrative:line 109 line 109 printed 204.91 expected 204.92",
            "BDR0927 Error narrative:line 111 line 111 printed 268.77 expected 268.78",
            "BDR0929 Warning narrative:line 112 line 112 printed  expected ",
            "BDR0925 Error t7/note line 322 printed 注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。 expected 注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。",
        }, ignoreOrder: true);
    }

    [Fact]
    public void The_stray_digit_says_which_digit()
        => AuditedDocuments.Audit("shanghai/sh-putuo-finance-2025").Single(f => f.Rule == "BDR0926").Message.ShouldContain("887.36 is 87.36 with an extra digit 8");

    [Fact]
    public void The_repeated_items_are_named()
        => AuditedDocuments.Audit("shanghai/sh-putuo-finance-2025").Single(f => f.Rule == "BDR0929").Message.ShouldContain("items 7–11 printed twice");

    [Fact]
    public void Wanli_2023s_zero_that_increased_is_an_error_at_its_sentence()
    {
        var finding = AuditedDocuments.Audit("shanghai/sh-putuo-wanli-2023").Single(f => f.Rule == "BDR0931");

        (finding.Severity, finding.Line, finding.Printed).ShouldBe((BudgetSdk.Rules.Severity.Error, 71, "0 +1421.25"));
    }

    [Fact]
    public void Welfare_2024_prints_210_under_two_names_and_says_where()
    {
        var finding = AuditedDocuments.Audit("shanghai/sh-putuo-welfare-2024-unit").Single(f => f.Rule == "BDR0933");

        finding.Location.ShouldBe("code:210");
        finding.Expected.ShouldBe("卫生健康支出");
        finding.Message.ShouldContain("医疗卫生与计划生育支出 in t1, t4, narrative");
        finding.Message.ShouldContain("卫生健康支出 in t2, t3, t5");
    }

    [Theory]
    [InlineData("jiangsu/js-court-2019")]
    [InlineData("jiangsu/js-procuratorate-2019")]
    public void A_Jiangsu_document_has_no_error(string id)
        => AuditedDocuments.Audit(id).Where(f => f.Severity == BudgetSdk.Rules.Severity.Error).Select(Row).ShouldBeEmpty();
}
