using BudgetSdk.Audit;
using BudgetSdk.Rules;

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

    [Fact]
    public void Welfare_2024s_misprinted_code_is_one_finding_per_table_with_the_code_meant_and_no_broken_sum()
    {
        var findings = AuditedDocuments.Audit("shanghai/sh-putuo-welfare-2024-unit");

        findings.Where(f => f.Rule == "BDR0934" && f.Severity == BudgetSdk.Rules.Severity.Error).Select(Row).ShouldBe(
        [
            "BDR0934 Error t3/71102/code line 175 printed 71102 expected 2101102",
            "BDR0934 Error t5/71102/code line 232 printed 71102 expected 2101102",
        ]);
        findings.ShouldNotContain(f => f.Rule == "BDR0922" || f.Rule == "BDR0923");
    }

    [Fact]
    public void A_sum_off_by_one_in_the_last_place_is_called_rounding_not_a_digit_slip()
    {
        var finding = AuditedDocuments.Audit("shanghai/sh-municipal-finance-2025-unit").First(f => f.Rule == "BDR0922");

        finding.Message.ShouldContain("off by 1: the parts rounded on their own do not add up to the total");
        finding.Message.ShouldNotContain("printed for");
    }

    /// <summary>
    /// Every document read whole (each expected-cell list equals the reading), so every finding is asserted: the README's
    /// defects, and what reading them cell by cell found besides (checked against the PDFs): the municipal 302 that its 款
    /// miss by 1 元, the welfare 社会福利事业单位 quoted as 738.66 where T5 prints 696.48 万元, its 车辆运行费 under a code the
    /// 经济分类 lacks. Nothing else is an error.
    /// </summary>
    [Theory]
    [InlineData("jiangsu/js-court-2019")]
    [InlineData("jiangsu/js-procuratorate-2019")]
    [InlineData("jiangsu/js-npc-2019-tables")]
    [InlineData("jiangsu/js-npc-2019-text")]
    [InlineData("shanghai/sh-putuo-govoffice-2025")]
    [InlineData("jiangsu/js-party-office-2017-tables",
        "BDR0924 Warning t10/total/amount line 443 printed 10101.76 expected 2144.60",
        "BDR0924 Warning t10/total/amount line 443 printed 10101.76 expected ≤9964.07")]
    [InlineData("shanghai/sh-municipal-finance-2025-unit",
        "BDR0922 Error t8/302/publicUse line 270 printed 24840779 expected 24840778",
        "BDR0922 Error t8/302/total line 270 printed 24840779 expected 24840778")]
    [InlineData("shanghai/sh-putuo-wanli-2023",
        "BDR0931 Error narrative:line 71 line 71 printed 0 +1421.25 expected no increase",
        "BDR0924 Warning t9/row/operatingFunds line 792 printed 786.09 expected 1538.14")]
    [InlineData("shanghai/sh-putuo-welfare-2024-unit",
        "BDR0926 Error narrative:line 69 line 69 printed 738.66 expected 696.48",
        "BDR0933 Warning code:210 line 133 printed 医疗卫生与计划生育支出 | 卫生健康支出 expected 卫生健康支出",
        "BDR0934 Error t3/71102/code line 175 printed 71102 expected 2101102",
        "BDR0934 Error t5/71102/code line 232 printed 71102 expected 2101102",
        "BDR0934 Warning t8/30210/code line 318 printed 30210 expected ",
        "BDR0924 Warning t9/row/operatingFunds line 344 printed 0.00 expected 212.10")]
    public void Every_finding_of_a_document_is_one_it_has(string id, params string[] expected)
        => AuditedDocuments.Audit(id).Select(Row).ShouldBe(expected);
}
