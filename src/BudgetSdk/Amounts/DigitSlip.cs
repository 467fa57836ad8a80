using System.Globalization;

namespace BudgetSdk.Amounts;

/// <summary>How a printed amount differs from the one meant by a single digit.</summary>
internal enum SlipKind
{
    /// <summary>A digit was changed (46.00 printed for 45.00).</summary>
    Changed,

    /// <summary>A digit too many (887.36 printed for 87.36).</summary>
    Extra,

    /// <summary>A digit left out (87.3 printed for 87.36).</summary>
    Missing,
}

/// <summary>
/// A printed amount that is another one with one digit slipped: inserted, left out or changed, the decimal point where
/// it was. Findings that compare amounts use it to say which amount is wrong and why, when exactly one fits.
/// </summary>
/// <param name="Printed">The amount as printed (887.36).</param>
/// <param name="Correct">The amount meant, written as the printed one is (87.36).</param>
/// <param name="Kind">Which slip.</param>
/// <param name="Digit">The digit printed too many, left out, or printed in place of <paramref name="For"/>.</param>
/// <param name="For">For a changed digit, the digit meant; otherwise the same as <paramref name="Digit"/>.</param>
internal sealed record DigitSlip(string Printed, string Correct, SlipKind Kind, char Digit, char For)
{
    // Longer digit strings are no printed amount; the cap also keeps every candidate within decimal.
    private const int MaxDigits = 24;

    /// <summary>The explanation a finding appends: <c>887.36 is 87.36 with an extra digit 8</c>.</summary>
    public string Explanation => Kind switch
    {
        SlipKind.Extra => $"{Printed} is {Correct} with an extra digit {Digit}",
        SlipKind.Missing => $"{Printed} is {Correct} with the digit {Digit} missing",
        _ => $"{Printed} is {Correct} with {Digit} printed for {For}",
    };

    /// <summary>
    /// The slip that turns <paramref name="printed"/> into <paramref name="correct"/>, or null when none does (or the
    /// two are equal). Of slips that give the same value, the one that writes it with <paramref name="correct"/>'s
    /// decimals wins (87.36 for 87.30 is a 6 printed for 0, not an extra 6; 87.366 for 87.36 is an extra 6), then a
    /// change, then a deletion; no slip yields a leading zero (887.36 is an extra 8, not 8 for 0).
    /// </summary>
    /// <param name="printed">The amount as printed: digits, an optional decimal point, thousands commas.</param>
    /// <param name="correct">The amount it should be.</param>
    public static DigitSlip? Between(string printed, decimal correct)
    {
        if (Digits(printed) is not { } digits || Value(digits) is not { } value || value == correct || correct < 0m)
        {
            return null;
        }

        // The slip that writes the amount as the table does (87.30, two decimals) wins over one that only has its value.
        var written = correct.ToString(CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        DigitSlip? byValue = null;
        foreach (var (candidate, kind, digit, meant) in Candidates(digits, point))
        {
            if (Value(candidate) == correct)
            {
                var slip = new DigitSlip(printed.Trim(), candidate, kind, digit, meant);
                if (candidate == written)
                {
                    return slip;
                }

                byValue ??= slip;
            }
        }

        return byValue;
    }

    /// <summary>
    /// The one amount of a list that, by one slipped digit, makes the list add up to <paramref name="total"/>: each
    /// amount is tried as the wrong one (the others taken as printed); null when the list adds up, when no amount fits
    /// or when several do.
    /// </summary>
    /// <param name="printed">The amounts as printed.</param>
    /// <param name="total">What they must add up to.</param>
    /// <returns>The index of the amount and its slip.</returns>
    public static (int Index, DigitSlip Slip)? InList(IReadOnlyList<string> printed, decimal total)
    {
        var values = new decimal[printed.Count];
        for (var i = 0; i < printed.Count; i++)
        {
            if (Digits(printed[i]) is not { } digits || Value(digits) is not { } value)
            {
                return null;
            }

            values[i] = value;
        }

        var sum = values.Sum();
        if (sum == total)
        {
            return null;
        }

        (int, DigitSlip)? found = null;
        for (var i = 0; i < values.Length; i++)
        {
            if (Between(printed[i], total - (sum - values[i])) is { } slip)
            {
                if (found is not null)
                {
                    return null;
                }

                found = (i, slip);
            }
        }

        return found;
    }

    /// <summary>Every amount one slip away, changes first, then deletions, then insertions, in printed order.</summary>
    private static IEnumerable<(string Text, SlipKind Kind, char Digit, char For)> Candidates(string digits, int point)
    {
        for (var i = 0; i < digits.Length; i++)
        {
            for (var d = '0'; d <= '9' && digits[i] != '.'; d++)
            {
                if (d != digits[i])
                {
                    yield return (Replace(digits, i, 1, d.ToString()), SlipKind.Changed, digits[i], d);
                }
            }
        }

        for (var i = 0; i < digits.Length; i++)
        {
            if (digits[i] != '.')
            {
                yield return (Replace(digits, i, 1, string.Empty), SlipKind.Extra, digits[i], digits[i]);
            }
        }

        for (var i = 0; i <= digits.Length; i++)
        {
            // Past the last digit only when there is a decimal part to extend: an integer keeps its point where it was.
            for (var d = '0'; d <= '9' && (i < digits.Length || point >= 0); d++)
            {
                yield return (Replace(digits, i, 0, d.ToString()), SlipKind.Missing, d, d);
            }
        }
    }

    private static string Replace(string text, int at, int length, string with) => string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + length));

    /// <summary>The digits and point of a printed amount (commas and white space dropped, full-width digits read), or null when it is no amount.</summary>
    private static string? Digits(string printed)
    {
        var chars = new List<char>(printed.Length);
        foreach (var c in printed)
        {
            var mapped = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c == '．' ? '.' : c;
            if (mapped is >= '0' and <= '9' or '.')
            {
                chars.Add(mapped);
            }
            else if (mapped != ',' && !char.IsWhiteSpace(mapped))
            {
                return null;
            }
        }

        var text = new string(chars.ToArray());
        return text.Length is > 0 and <= MaxDigits + 1 ? text : null;
    }

    /// <summary>
    /// The value of a candidate, or null when it is not written as an amount is: a whole part that does not start with
    /// a zero (unless it is the zero), at most one point, and digits on both sides of it.
    /// </summary>
    private static decimal? Value(string digits)
    {
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits.Length : point;
        if (whole == 0 || (whole > 1 && digits[0] == '0') || point == digits.Length - 1 || (point >= 0 && digits.IndexOf('.', point + 1) >= 0))
        {
            return null;
        }

        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
