using System.Globalization;
using System.Text;

namespace BudgetSdk.Text;

/// <summary>
/// Reads digits of any script as the ASCII digits they are: full-width ２０２４ (typed with a Chinese input method), and
/// any other Unicode decimal digit (Arabic-Indic ٢٠٢٤, mathematical 𝟐𝟎𝟐𝟒 …), which .NET's <c>\d</c> and
/// <see cref="char.IsDigit(char)"/> accept but <c>int.Parse</c> and <c>decimal.Parse</c> refuse. A full-width point
/// between two digits (１２．５０) is a decimal point. Nothing else changes: full-width brackets （） and the Chinese comma
/// ， stay as printed, since names and prose rely on them (NFKC would turn them into ASCII).
/// </summary>
internal static class Digits
{
    /// <summary>The text with every decimal digit in ASCII; the same string when it holds none to change.</summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == System.Buffers.OperationStatus.Done
                && !rune.IsAscii && Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
            {
                builder.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            }
            else if (text[i] == '．' && i > 0 && char.IsAsciiDigit(builder[^1]) && i + 1 < text.Length && IsDigitAt(text, i + 1))
            {
                builder.Append('.');
            }
            else
            {
                builder.Append(text, i, used);
            }

            i += Math.Max(used, 1);
        }

        return builder.ToString();
    }

    // Decimal digits outside ASCII are all in the BMP or, for the mathematical and a few scripts, behind a surrogate.
    private static int FirstToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > 0x7F && (char.IsDigit(c) || char.IsHighSurrogate(c)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsDigitAt(string text, int i)
        => Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) == System.Buffers.OperationStatus.Done
           && Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber;
}
