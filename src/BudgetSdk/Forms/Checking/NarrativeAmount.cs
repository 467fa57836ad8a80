using BudgetSdk.Amounts;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Compares an amount the narrative prints with its cell (checks 4 and 5) and says exactly what is wrong: a stray, missing or
/// changed digit (<see cref="DigitSlip"/>), a value cut off instead of rounded, the cell in another unit, or just another amount.
/// </summary>
internal static class NarrativeAmount
{
    /// <summary>The finding for a mismatch, or null when the printed amount is the cell converted and rounded.</summary>
    /// <param name="printed">The amount as printed.</param>
    /// <param name="decimals">The decimals printed.</param>
    /// <param name="unit">The narrative's unit.</param>
    /// <param name="cell">The cell.</param>
    /// <param name="mismatch">The rule of a plain mismatch (a quote's or a change statement's).</param>
    /// <param name="what">What is quoted, for the message (the sentence's subject).</param>
    /// <param name="line">The sentence's line.</param>
    public static Finding? Compare(decimal printed, int decimals, MoneyUnit unit, CellValue cell, Rule mismatch, string what, int line)
    {
        var exact = Units.Convert(cell.Value, cell.Unit, unit);
        var expected = Units.Round(exact, decimals);
        if (printed == expected)
        {
            return null;
        }

        var printedText = FindingText.Amount(printed, decimals);
        var expectedText = FindingText.Amount(expected, decimals);
        var source = $"{cell.Location} prints {FindingText.Amount(cell.Value, cell.Decimals)}{FindingText.Unit(cell.Unit)}";
        var location = FindingText.Narrative(line);
        var step = Units.Round(1m / Pow10(decimals), decimals);
        // Cut off (87.708 → 87.70) or rounded half to even (87.705 → 87.70): the value is right, its rounding is not.
        var cutOff = Math.Truncate(exact * Pow10(decimals)) / Pow10(decimals) == printed;
        if (exact != expected && (cutOff || Math.Round(exact, decimals, MidpointRounding.ToEven) == printed))
        {
            var how = cutOff ? "cut off" : "rounded half to even";
            return FindingText.Of(FormRules.QuoteRounding, location, printedText, expectedText,
                $"{what} {printedText}{FindingText.Unit(unit)}: {source} = {exact.ToString(System.Globalization.CultureInfo.InvariantCulture)}{FindingText.Unit(unit)}, which rounds to {expectedText}, not {printedText} ({how})", line);
        }

        foreach (var other in new[] { MoneyUnit.Yuan, MoneyUnit.TenThousandYuan }.Where(u => u != unit))
        {
            var inOther = Units.Round(Units.Convert(cell.Value, cell.Unit, other), decimals);
            if (inOther == printed && inOther != expected)
            {
                return FindingText.Of(FormRules.QuoteUnit, location, printedText, expectedText,
                    $"{what} {printedText}{FindingText.Unit(unit)} is {source} in {FindingText.Unit(other)}: in {FindingText.Unit(unit)} it is {expectedText}", line);
            }
        }

        var slip = DigitSlip.Between(printedText, expected);
        var why = slip is null ? string.Empty : $": a stray digit, {slip.Explanation}";
        return FindingText.Of(mismatch, location, printedText, expectedText, $"{what} {printedText}{FindingText.Unit(unit)}, but {source} = {expectedText}{FindingText.Unit(unit)}{why}", line);
    }

    private static decimal Pow10(int decimals)
    {
        var p = 1m;
        for (var i = 0; i < decimals; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
