using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// The audit on documents printed from derived disclosures (correct by construction), each broken in one place the
/// way published documents break: one finding each, at the printed place, quoting the printed and expected values.
/// </summary>
public class AuditorTests
{
    private const string GeneralFund = "一般公共预算财政拨款";

    private static readonly Lazy<PublishedDisclosure> Lulong = new(() => PrintedFromDerived.Of(Lulong2024.Facts().Build().GetOrThrow()));
    private static readonly Lazy<PublishedDisclosure> Qinglong = new(() => PrintedFromDerived.Of(Qinglong2024.InYuan().Build().GetOrThrow()));

    [Fact]
    public void A_correct_disclosure_has_no_finding_but_the_warnings_its_facts_have()
    {
        Auditor.Audit(Lulong.Value).Findings.ShouldBeEmpty();

        // Seed 002's facts build with this warning; the tables print it as they would any other figure.
        Auditor.Audit(Qinglong.Value).Findings.Select(f => f.Brief()).ShouldBe(new[] { "BDR0604 warning T6/30110/合计: printed 16.04, expected 16.61" });
    }

    [Fact]
    public void Blank_three_public_totals_are_one_finding_per_row_expecting_the_detail_rows()
    {
        var document = Lulong.Value;
        foreach (var row in new[] { "合计", "“三公”经费小计", "二、公务用车购置及运维费" })
        {
            document = document.WithCell(TableId.T9, row, "合计", null).WithCell(TableId.T9, row, GeneralFund, null);
        }

        var report = Auditor.Audit(document);

        report.Findings.Select(f => f.Brief()).ShouldBe(new[]
        {
            "BDR0705 error T9/合计/合计: printed blank, expected 15.50",
            "BDR0705 error T9/“三公”经费小计/合计: printed blank, expected 15.50",
            "BDR0705 error T9/二、公务用车购置及运维费/合计: printed blank, expected 3.50",
        });
        report.Findings[0].Message.ShouldContain($"also {GeneralFund} printed blank, expected 15.50");
        report.ErrorCount.ShouldBe(3);
        report.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void A_class_row_a_cent_off_its_sections_is_one_finding_naming_both_columns()
    {
        // As in seed 002: one 款 printed a cent up, so the 类 row no longer adds up (in 合计 and in 人员经费).
        var document = Lulong.Value.WithCell(TableId.T6, "30102", "合计", 70.18m).WithCell(TableId.T6, "30102", "人员经费", 70.18m);

        var finding = Auditor.Audit(document).Findings.ShouldHaveSingleItem();

        finding.Brief().ShouldBe("BDR0701 error T6/301/合计: printed 375.18, expected 375.19");
        finding.Message.ShouldContain("also 人员经费 printed 375.18, expected 375.19");
        finding.Line.ShouldNotBeNull();
    }

    [Fact]
    public void A_soft_check_is_a_warning_quoting_the_printed_cell()
    {
        var document = Lulong.Value.WithCell(TableId.T6, "30110", "合计", 21.70m).WithCell(TableId.T6, "30110", "人员经费", 21.70m)
            .WithCell(TableId.T6, "30112", "合计", 1.51m).WithCell(TableId.T6, "30112", "人员经费", 1.51m);

        var report = Auditor.Audit(document);

        var warning = report.Findings.ShouldHaveSingleItem();
        warning.Brief().ShouldBe("BDR0604 warning T6/30110/合计: printed 21.70, expected 21.71");
        report.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void A_narrative_amount_that_differs_from_its_table_is_reported_at_its_sentence()
    {
        var quotes = Lulong.Value.QuotedAmounts.Select(q => q.Subject == QuotedSubjects.Personnel ? q with { Amount = 402.53m } : q).ToArray();

        var finding = Auditor.Audit(Lulong.Value.With(quotes: quotes)).Findings.ShouldHaveSingleItem();

        finding.Brief().ShouldBe("BDR0901 error 二、部门预算安排的总体情况/expense.personnel 402.35万元: printed 402.53, expected 402.35");
        finding.Message.ShouldContain("T6/合计/人员经费");
    }

    [Fact]
    public void Three_public_quotes_are_read_against_the_detail_rows_so_blank_totals_are_not_reported_twice()
    {
        var document = Lulong.Value.WithCell(TableId.T9, "“三公”经费小计", "合计", null).WithCell(TableId.T9, "“三公”经费小计", GeneralFund, null);

        Auditor.Audit(document).Findings.Select(f => f.Rule).ShouldBe(new[] { "BDR0705" });
    }

    [Fact]
    public void A_plan_printed_as_amounts_or_fractions_is_one_finding_per_project_and_no_plan_rule_fires()
    {
        var projects = Lulong.Value.Projects.ToArray();
        var amounts = Array.FindIndex(projects, p => p.Name == "金融办工作经费");
        var fractions = Array.FindIndex(projects, p => p.Name == "劳务派遣经费");
        projects[amounts] = projects[amounts] with { PlanCells = new[] { "2.50", "5.00", "8.40", "10.00" } };
        projects[fractions] = projects[fractions] with { PlanCells = new[] { "0.25", "0.50", "0.84", "1.00" } };

        var findings = Auditor.Audit(Lulong.Value.With(projects: projects)).Findings;

        findings.Select(f => f.Brief()).ShouldBe(new[]
        {
            $"BDR0902 error projects[{amounts}].plan: printed 2.50 5.00 8.40 10.00, expected 25% 50% 84% 100%",
            $"BDR0902 error projects[{fractions}].plan: printed 0.25 0.50 0.84 1.00, expected 25% 50% 84% 100%",
        });
    }

    [Fact]
    public void The_project_rules_point_at_the_printed_project()
    {
        var projects = Lulong.Value.Projects.ToArray();
        var index = Array.FindIndex(projects, p => p.Name == "政务公开经费");
        projects[index] = projects[index] with { Code = "13032425P00442810424X", PlanCells = new[] { "25%", "20%", "84%", "100%" } };

        var findings = Auditor.Audit(Lulong.Value.With(projects: projects)).Findings;

        findings.Select(f => f.Brief()).ShouldBe(new[]
        {
            $"BDR0301 error projects[{index}].code: printed 13032425P00442810424X, expected 21 characters starting with 130324 and a year ≤ 24",
            $"BDR0303 error projects[{index}].plan/6月底: printed 20%, expected at least 25%",
        });
        findings.ShouldAllBe(f => f.Message.StartsWith("政务公开经费: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Projects_that_do_not_add_up_to_project_spending_and_a_budget_that_is_not_its_parts()
    {
        var projects = Lulong.Value.Projects.ToArray();
        projects[0] = projects[0] with { Budget = 1.90m };

        var findings = Auditor.Audit(Lulong.Value.With(projects: projects)).Findings;

        findings.Select(f => f.Brief()).ShouldBe(new[]
        {
            "BDR0202 error projects: printed 341.18, expected 341.08",
            "BDR0905 error projects[0].budget: printed 1.90, expected 1.80",
        });
    }

    [Fact]
    public void An_sme_share_larger_than_the_purchase_is_reported_at_its_cell()
    {
        var document = Qinglong.Value;
        var procurement = document.Table(TableId.Procurement)!;
        var rows = procurement.Rows.Select(r => r.Code is null ? r : r with { Cells = r.Cells.Take(r.Cells.Count - 1).Append(r.Cells[3] + 1000m).ToArray() }).ToArray();
        var totals = rows.Select(r => r.Code is not null ? r : r with { Cells = r.Cells.Take(r.Cells.Count - 1).Append(rows.Where(l => l.Code is not null).Sum(l => l.Cells[^1])).ToArray() }).ToArray();

        var findings = Auditor.Audit(document.With(tables: document.Tables.Select(t => t == procurement ? t with { Rows = totals } : t).ToArray()))
            .Findings.Where(f => f.Severity == Severity.Error).ToArray();

        findings.ShouldNotBeEmpty();
        findings.ShouldAllBe(f => f.Rule == "BDR0401");
        findings[0].Location.ShouldStartWith("Procurement/C");
        findings[0].Location.ShouldEndWith("/预留中小微企业份额");
        findings[0].Expected!.ShouldStartWith("at most ");
    }

    [Fact]
    public void Procurement_totals_and_the_asset_total_that_do_not_add_up()
    {
        var document = Lulong.Value
            .WithCell(TableId.Procurement, "合计", "合计", 198.00m)
            .WithCell(TableId.Assets, "资产总额", "价值", 47.60m);

        var findings = Auditor.Audit(document).Findings;

        findings.Select(f => f.Brief()).ShouldBe(new[]
        {
            "BDR0901 error 九、国有资产信息/assets 46.70万元: printed 46.70, expected 47.60",
            "BDR0903 error Procurement/合计/合计: printed 198.00, expected 189.00",
            "BDR0904 error Assets/资产总额/价值: printed 47.60, expected 46.70",
        });
    }

    [Fact]
    public void Without_a_template_the_audit_says_so_instead_of_passing()
    {
        var header = Lulong.Value.Header with { Year = 2019 };

        var findings = Auditor.Audit(Lulong.Value.With(header: header)).Findings;

        findings.ShouldContain(f => f.Rule == "BDR0003" && f.Severity == Severity.Error);
    }
}
