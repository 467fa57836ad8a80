using BudgetSdk.Rules;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>What <see cref="Auditor.Audit"/> found in a published disclosure.</summary>
public sealed class AuditReport
{
    internal AuditReport(IReadOnlyList<Finding> findings, DisclosureTemplate? template)
    {
        Findings = findings;
        Template = template;
        ErrorCount = findings.Count(f => f.Severity == Severity.Error);
        WarningCount = findings.Count - ErrorCount;
    }

    /// <summary>Every finding, ordered by rule id, then as the checks meet them (table by table, row by row).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The template the document was checked against, or null when the schema has none for its year and region.</summary>
    public DisclosureTemplate? Template { get; }

    /// <summary>The number of error-severity findings.</summary>
    public int ErrorCount { get; }

    /// <summary>The number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>True when some finding is an error: the document as printed is not a correct disclosure.</summary>
    public bool HasErrors => ErrorCount > 0;
}
