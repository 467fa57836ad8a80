using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0915: an amount the sections quote that is its table figure times or divided by 10,000 — 元 printed as 万元, or a
/// table in 元 under 单位：万元. It replaces BDR0901 for that quote, which would only say the two differ.
/// </summary>
internal static class UnitSlipCheck
{
    private const decimal YuanPerWan = 10_000m;

    // Half a 万元 cent in 元: an amount in 元 rounds to the 万元 figure within it.
    private const decimal Rounding = 50m;

    /// <summary>Whether <paramref name="quoted"/> is <paramref name="figure"/> in the other unit.</summary>
    public static bool IsSlip(decimal quoted, decimal figure)
        => quoted != figure && quoted > 0m && figure > 0m
            && (Math.Abs(quoted - (figure * YuanPerWan)) <= Rounding || Math.Abs(figure - (quoted * YuanPerWan)) <= Rounding);

    public static IEnumerable<Finding> Check(PublishedDisclosure document, DisclosureTemplate template)
    {
        var rule = AuditRules.UnitSlip;
        foreach (var quote in document.QuotedAmounts)
        {
            if (NarrativeCheck.FigureOf(quote.Subject, document, template) is not { } figure || !IsSlip(quote.Amount, figure.Amount))
            {
                continue;
            }

            var why = quote.Amount > figure.Amount
                ? $"it is {PrintedText.Wan(figure.Amount)}万元 in 元 printed as 万元"
                : $"the table prints the amount in 元 under 单位：万元";
            yield return new Finding(rule.Id, rule.Severity, $"{NarrativeCheck.Section(template, quote.Section)}/{quote.Sentence}", PrintedText.Of(quote.Amount), PrintedText.Wan(figure.Amount),
                $"the sentence quotes {PrintedText.Of(quote.Amount)}万元, 10,000 times {(quote.Amount > figure.Amount ? "" : "less than ")}{figure.Place}'s {PrintedText.Wan(figure.Amount)}: {why}") { Line = quote.Line };
        }
    }
}
