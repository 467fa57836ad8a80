using BudgetSdk.Forms.Printed;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Check 4: each <see cref="FormQuote"/> against its cell. A numbered sentence printed again with the same item number (a page
/// break repeating items 7–11) is one warning naming the repeated items and is compared once; names that resolve to no code,
/// or to a row the table does not print, are a warning.
/// </summary>
internal static class QuoteCheck
{
    public static void Check(FormDocument document, List<Finding> findings)
    {
        var seen = new HashSet<(int Item, string Sentence)>();
        var repeats = new List<FormQuote>();
        foreach (var quote in document.Quotes)
        {
            if (quote.ItemNumber is { } item && !seen.Add((item, quote.Sentence)))
            {
                repeats.Add(quote);
                continue;
            }

            var what = $"the narrative quotes {string.Join("/", quote.Names.DefaultIfEmpty(quote.PatternId))}";
            if (quote.Cell is not { } cell)
            {
                findings.Add(FindingText.Of(FormRules.QuoteCode, FindingText.Narrative(quote.Line), FindingText.Amount(quote.Amount, quote.Decimals), null,
                    $"{string.Join(" › ", quote.Names)} names no code of the edition; the amount is not compared", quote.Line));
                continue;
            }

            // A table not printed, or a side without any row (not read), has nothing to compare with: that is the table
            // audit's concern, not the quote's.
            if (document.Table(cell.Table)?.Side(cell.Side) is not { Rows.Count: > 0 })
            {
                continue;
            }

            if (CellValue.Find(document, cell) is not { } value)
            {
                findings.Add(FindingText.Of(FormRules.QuoteCode, FindingText.Narrative(quote.Line), FindingText.Amount(quote.Amount, quote.Decimals), null,
                    $"{what}: {cell} is not printed; the amount is not compared", quote.Line));
                continue;
            }

            if (NarrativeAmount.Compare(quote.Amount, quote.Decimals, document.Form.Narrative.Unit, value, FormRules.QuoteAmount, what, quote.Line) is { } finding)
            {
                findings.Add(finding);
            }
        }

        if (repeats.Count > 0)
        {
            var items = repeats.Select(q => q.ItemNumber!.Value).Distinct().Order().ToArray();
            var first = repeats.Min(q => q.Line);
            findings.Add(FindingText.Of(FormRules.RepeatedQuote, FindingText.Narrative(first), null, null,
                $"item{(items.Length > 1 ? "s" : string.Empty)} {Ranges(items)} printed twice (again from line {first}); each is compared once", first));
        }
    }

    /// <summary><c>7–11</c>, or <c>3, 7–9</c> for items with gaps.</summary>
    private static string Ranges(int[] items)
    {
        var parts = new List<string>();
        for (var i = 0; i < items.Length;)
        {
            var j = i;
            while (j + 1 < items.Length && items[j + 1] == items[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? $"{items[i]}" : $"{items[i]}–{items[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }
}
