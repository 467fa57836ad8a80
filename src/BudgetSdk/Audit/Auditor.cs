using BudgetSdk.Import;
using BudgetSdk.Import.Structure;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>
/// Checks a published disclosure against every rule of the model: the table identities
/// (<see cref="TableChecks"/>), the soft cross-checks, the project, procurement and asset rules the builder runs on
/// facts, Σ 项目 预算数 = 项目支出, and the audit-only rules (<see cref="AuditRules"/>). Nothing is derived or
/// corrected: each finding quotes what the document prints and what the rule expects.
/// </summary>
public static class Auditor
{
    /// <summary>Every rule a published disclosure breaks.</summary>
    /// <param name="document">The document as read by the importer.</param>
    /// <returns>The findings, ordered by rule id, then as the checks meet them.</returns>
    public static AuditReport Audit(PublishedDisclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var template = TemplateChoice.Select(document.Header.Year, document.Header.RegionCode);
        var findings = new List<Finding>();
        if (template is null)
        {
            var rule = RuleCatalog.Template;
            DisclosureTemplate.TrySelect(document.Header.Year, document.Header.RegionCode, out _, out var missing);
            findings.Add(new Finding(rule.Id, rule.Severity, "header", null, null,
                $"the schema has no template for {document.Header.Year} and region '{document.Header.RegionCode}' (missing: {string.Join(", ", missing)}), so the tables were not checked"));
        }
        else
        {
            var tables = document.Tables.Select(t => t.ToBudgetTable()).ToArray();
            findings.AddRange(CellFindings.FromTablePaths(TableChecks.Check(tables, template), document.Tables));
            // The soft checks hold T6 against T3 and T9: with one of them missing (BDR0907) they would compare with zero.
            if (document.Table(TableId.T3) is not null && document.Table(TableId.T6) is not null && document.Table(TableId.T9) is not null)
            {
                findings.AddRange(CellFindings.FromTablePaths(SoftChecks.Check(new TableSoftCheckFigures(tables, template)), document.Tables));
            }

            findings.AddRange(NarrativeCheck.Check(document, template));
            findings.AddRange(ChangeChecks.Check(document, template));
            findings.AddRange(YearCheck.Check(document, template));
            findings.AddRange(UnitSlipCheck.Check(document, template));
            findings.AddRange(RequiredTables.Check(document, template));
            findings.AddRange(RequiredSections.Check(document, template));
            findings.AddRange(ProjectListCheck.Check(document, template));
        }

        findings.AddRange(FactRuleFindings.Check(document, template));
        findings.AddRange(ProjectChecks.Check(document));
        findings.AddRange(CellFindings.From(ScheduleChecks.Check(document)));
        findings.AddRange(RegionFindings.Check(document));

        // OrderBy is stable: within a rule, findings keep the order the checks found them in.
        return new AuditReport(findings.OrderBy(f => f.Rule, StringComparer.Ordinal).ToArray(), template);
    }
}
