using System.Globalization;

namespace BudgetSdk.Forms.Reading.Narrative;

/// <summary>Amounts as the narrative prints them: <c>3,121.42</c>, <c>0</c>, <c>10.00</c> (thousands separators of either width).</summary>
internal static class NarrativeAmounts
{
    /// <summary>The amount and the number of decimals printed, or null when the text is not a number.</summary>
    public static (decimal Amount, int Decimals)? Parse(string printed)
    {
        var digits = printed.Trim().Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        var point = digits.IndexOf('.', StringComparison.Ordinal);
        return (amount, point < 0 ? 0 : digits.Length - point - 1);
    }
}
