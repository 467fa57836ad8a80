using BudgetSdk.Forms.Printed;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Check 5: the narrative's comparisons with last year. An amount of 0 that increased means last year was negative, which a
/// budget is not; the amount a statement gives is compared with its cell as a quote is.
/// </summary>
internal static class ChangeCheck
{
    public static void Check(FormDocument document, List<Finding> findings)
    {
        foreach (var change in document.Changes)
        {
            var decimals = change.Amount.Scale;
            if (change.Amount == 0m && change.Direction == ChangeDirection.Increase && change.Delta is > 0m)
            {
                var delta = change.Delta.Value;
                findings.Add(FindingText.Of(FormRules.ZeroIncreased, FindingText.Narrative(change.Line), $"0 +{delta}", "no increase",
                    $"an amount of 0 cannot have increased by {delta} on {(change.ComparedYear is { } y ? $"{y}" : "last year")}: last year's budget would be -{delta}", change.Line));
            }

            if (change.Cell is { } cell && CellValue.Find(document, cell) is { } value
                && NarrativeAmount.Compare(change.Amount, decimals, document.Form.Narrative.Unit, value, FormRules.ChangeAmount, $"the {change.PatternId} statement says", change.Line) is { } finding)
            {
                findings.Add(finding);
            }
        }
    }
}
