using BudgetSdk.Forms.Printed;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Audits a printed <see cref="FormDocument"/> against the form it was read by: the sums within each side, the form's
/// identities across tables, the empty-table notes, the narrative's quotes and 比上年 statements against their cells, and the
/// names a code prints under. Everything it checks comes from the form (<see cref="Model.FormTemplate"/>), so a new region's
/// form file is audited without code. Rules: <see cref="FormRules"/> (BDR0920–BDR0934, docs/rules.md). A code
/// misprinted so that it names another one is checked first, and the other checks see the code meant.
/// </summary>
public static class FormAuditor
{
    /// <summary>The findings, ordered by line (findings without one last), then rule, location and message.</summary>
    /// <param name="document">A document read (or built) by a form.</param>
    /// <returns>The findings; empty for a document with nothing wrong.</returns>
    public static IReadOnlyList<Finding> Audit(FormDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = new List<Finding>();
        document = MisprintedCodes.Correct(document, findings);
        foreach (var printed in document.Tables)
        {
            if (document.Form.Table(printed.TableId) is { } table)
            {
                SideSums.Check(table, printed, findings);
            }
        }

        IdentityCheck.Check(document, findings);
        EmptyNoteCheck.Check(document, findings);
        QuoteCheck.Check(document, findings);
        ChangeCheck.Check(document, findings);
        CodeNames.Check(document, findings);
        return findings
            .OrderBy(f => f.Line ?? int.MaxValue)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Location, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
    }
}
