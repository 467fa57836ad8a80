using BudgetSdk.Audit;
using BudgetSdk.Rules;

namespace BudgetSdk.Tests.Audit;

/// <summary>A finding in one line, so tests state the exact findings they expect as plain strings.</summary>
public static class FindingText
{
    /// <summary><c>BDR0705 error T9/合计/合计: printed blank, expected 15.50</c>.</summary>
    public static string Brief(this Finding finding)
        => $"{finding.Rule} {(finding.Severity == Severity.Error ? "error" : "warning")} {finding.Location}: printed {finding.Printed ?? "-"}, expected {finding.Expected ?? "-"}";
}
