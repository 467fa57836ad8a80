using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Rules;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// Seed 000 with one amount slipped by a digit: the finding that compares it (BDR0901 a sentence with its table,
/// BDR0202 the projects with 项目支出) names the amount, what it should be and why; when two amounts could be the slip,
/// it names none.
/// </summary>
public class DigitSlipFindingTests
{
    [Fact]
    public void A_narrative_amount_with_an_extra_digit()
    {
        var finding = Narrative("基本支出4736.55万元");

        finding.Printed.ShouldBe("4736.55");
        finding.Expected.ShouldBe("436.55");
        finding.Message.ShouldBe("the sentence quotes 4736.55万元, but T3/合计/基本支出 prints 436.55; 4736.55 is 436.55 with an extra digit 7");
    }

    [Fact]
    public void A_narrative_amount_wrong_by_more_than_a_digit_has_no_explanation()
    {
        Narrative("基本支出463.55万元").Message.ShouldBe("the sentence quotes 463.55万元, but T3/合计/基本支出 prints 436.55");
    }

    [Fact]
    public void A_project_budget_with_an_extra_digit_is_named()
    {
        var finding = ProjectsTotal("13.08", "133.08");

        finding.Brief().ShouldBe("BDR0202 error projects: printed 461.08, expected 341.08");
        finding.Message.ShouldBe("the 13 projects' 预算数 add up to 461.08, but T3 项目支出 (合计) prints 341.08; 劳务派遣经费: 133.08 is 13.08 with an extra digit 3");
    }

    [Fact]
    public void A_project_budget_slip_that_two_projects_could_explain_names_none()
    {
        // 律师顾问费 3.00 as 33.00 adds 30.00, which 38.90 → 8.90 or 45.00 → 15.00 would take away as well.
        ProjectsTotal("3.00", "33.00").Message.ShouldBe("the 13 projects' 预算数 add up to 371.08, but T3 项目支出 (合计) prints 341.08");
    }

    private static Finding Narrative(string quoted)
    {
        var text = Form2023.Seed.Replace("基本支出436.55万元", quoted, StringComparison.Ordinal);
        return Auditor.Audit(DisclosureImporter.Read(text)).Findings.Where(f => f.Rule == "BDR0901").ShouldHaveSingleItem();
    }

    private static Finding ProjectsTotal(string budget, string printed)
    {
        var text = Form2023.Seed.Replace($"预算数\t{budget}\t其中：财政资金\t{budget}\t", $"预算数\t{printed}\t其中：财政资金\t{printed}\t", StringComparison.Ordinal);
        text.ShouldNotBe(Form2023.Seed);
        return Auditor.Audit(DisclosureImporter.Read(text)).Findings.Where(f => f.Rule == "BDR0202").ShouldHaveSingleItem();
    }
}
