using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Rules;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// BDR0910–BDR0915 on the 比上年 statements and quoted amounts of sections 二–四, each on a seed mutated to break the
/// rule in one place: one finding of the rule, at the sentence, quoting what is printed and what is expected. (On the
/// seeds as published none fires: <see cref="SeedAuditTests"/>; seed 001's 18.6 % fall of its total is explained by
/// its parts, seed 002's 增加137.25万元 of 基本支出 by its 主要为 clause.)
/// </summary>
public class ChangeChecksTests
{
    private const string Overview = "二、部门预算安排的总体情况/";

    [Fact]
    public void A_total_change_that_is_not_the_sum_of_its_parts_is_BDR0910()
    {
        var finding = Only(Audit("000", ("基本支出增加6.98万元", "基本支出增加9.98万元")));

        finding.Brief().ShouldBe($"BDR0910 error {Overview}2024年预算收支安排777.63万元，较2023年预算减少14.85万元，其中：基本支出增加9.98万元，主要为工资、社保调整增加人员支出。: printed 减少14.85万元, expected 减少11.85万元");
        finding.Message.ShouldContain("基本支出增加9.98万元 + 项目支出减少21.83万元 = 减少11.85万元");
        finding.Line.ShouldBe(406);
    }

    [Fact]
    public void An_increase_whose_parts_decrease_by_as_much_is_BDR0911()
    {
        var finding = Only(Audit("000", ("较2023年预算减少14.85万元", "较2023年预算增加14.85万元")));

        finding.Rule.ShouldBe("BDR0911");
        (finding.Printed, finding.Expected).ShouldBe(("增加14.85万元", "减少14.85万元"));
        finding.Message.ShouldContain("is said to increase");
    }

    [Fact]
    public void A_percent_that_the_amount_does_not_give_is_BDR0911()
    {
        // 6.00 of last year's 21.50 is 27.91 %, not 17 %.
        var finding = Only(Audit("000", ("与2023年相比减少6.00万元，", "与2023年相比减少6.00万元，下降17%，")));

        finding.Brief().ShouldEndWith(": printed 6.00万元, 17%, expected 27.91%");
        finding.Location.ShouldStartWith("四、");
        finding.Line.ShouldBe(414);
    }

    [Fact]
    public void A_decrease_against_a_smaller_last_year_amount_is_BDR0911()
    {
        var finding = Only(Audit("000", ("较2023年预算减少14.85万元", "较2023年预算762.78万元减少14.85万元")));

        (finding.Rule, finding.Printed, finding.Expected).ShouldBe(("BDR0911", "减少14.85万元", "增加14.85万元"));
        finding.Message.ShouldContain("777.63万元 against last year's 762.78万元");
    }

    [Fact]
    public void An_increase_larger_than_this_years_amount_is_BDR0911()
    {
        var finding = Only(Audit("000", ("与2023年相比减少6.00万元", "与2023年相比增加16.00万元")));

        (finding.Rule, finding.Printed, finding.Expected).ShouldBe(("BDR0911", "增加16.00万元", "at most 15.50万元"));
    }

    [Fact]
    public void A_zero_that_increased_is_BDR0912()
    {
        var finding = Only(Audit("002", ("公务接待费0.00万元，同比减少0.2万元", "公务接待费0.00万元，同比增加0.2万元")));

        finding.Rule.ShouldBe("BDR0912");
        (finding.Printed, finding.Expected).ShouldBe(("0.00万元 增加0.2万元", "减少 or 持平"));
        finding.Location.ShouldContain("公务接待费0.00万元，同比增加0.2万元");
    }

    [Fact]
    public void A_change_of_ten_percent_or_more_without_a_reason_is_the_warning_BDR0913()
    {
        var finding = Only(Audit("000", ("，增减变化的主要原因是落实上级“过紧日子”政策，严控一般性支出，减少招商接待费支出6万元", string.Empty)));

        finding.Brief().ShouldBe("BDR0913 warning 四、财政拨款“三公”经费预算情况及增减变化原因/与2023年相比减少6.00万元。: printed 减少6.00万元 (27.91%), expected a reason (原因、主要为 …)");
        finding.Line.ShouldBe(414);
    }

    [Fact]
    public void A_year_other_than_the_budget_year_and_the_one_before_is_the_warning_BDR0914()
    {
        var finding = Only(Audit("000", ("较2023年预算减少14.85万元", "较2021年预算减少14.85万元")));

        finding.Rule.ShouldBe("BDR0914");
        (finding.Printed, finding.Expected, finding.Line).ShouldBe(("2021年", "2024年 or 2023年", (int?)406));
    }

    [Fact]
    public void An_amount_in_yuan_printed_as_wan_is_BDR0915_not_BDR0901()
    {
        var findings = Audit("000", ("其中基本支出436.55万元", "其中基本支出4365500.00万元"));

        var finding = Only(findings);
        finding.Brief().ShouldStartWith($"BDR0915 error {Overview}2024年支出预算777.63万元");
        (finding.Printed, finding.Expected).ShouldBe(("4365500.00", "436.55"));
        finding.Message.ShouldContain("T3/合计/基本支出");
        findings.ShouldNotContain(f => f.Rule == "BDR0901");
    }

    [Fact]
    public void An_amount_a_ten_thousandth_of_its_table_figure_is_BDR0915()
    {
        var finding = Only(Audit("000", ("公务接待费12.00万元。", "公务接待费0.0012万元。")));

        (finding.Rule, finding.Printed, finding.Expected).ShouldBe(("BDR0915", "0.0012", "12.00"));
        finding.Message.ShouldContain("in 元");
    }

    // The mutated seed's findings of the rules of this part (BDR0910–BDR0915) and BDR0901.
    private static IReadOnlyList<Finding> Audit(string seed, (string Old, string New) edit)
    {
        var text = File.ReadAllText(Seeds.PathOf(seed));
        text.ShouldContain(edit.Old);
        var findings = Auditor.Audit(DisclosureImporter.Read(text.Replace(edit.Old, edit.New, StringComparison.Ordinal))).Findings;
        return findings.Where(f => f.Rule.StartsWith("BDR091", StringComparison.Ordinal) || f.Rule == "BDR0901").ToArray();
    }

    private static Finding Only(IReadOnlyList<Finding> findings) => findings.ShouldHaveSingleItem();
}
