using System.Globalization;
using BudgetSdk.Amounts;

namespace BudgetSdk.Serialization;

/// <summary>
/// How decimals are written and read. 万元 amounts are JSON strings so that no reader turns them into binary
/// floating point; every decimal is written in one normal form, so equal values give equal bytes.
/// </summary>
internal static class JsonAmounts
{
    public const string AmountExpected = "a non-negative amount in 万元 as a string, e.g. \"267.58\"";

    // Two decimals at least, as printed tables show 万元; then as many as the value has (decimal holds 28), and
    // no exponent. 12.5 and 12.50 both give "12.50"; 12.335 stays "12.335".
    private const string WanFormat = "0.00##########################";

    // Quantities, areas and percentages: no trailing zeros at all, so 1.50 and 1.5 both give "1.5".
    private const string PlainFormat = "0.############################";

    /// <summary>The exact 万元 value of an amount, e.g. <c>267.58</c>, <c>12.335</c>, <c>0.00</c>.</summary>
    /// <exception cref="ArgumentException">The amount has more decimals of 元 than 万元 can hold (24), so it would not read back.</exception>
    public static string Wan(Money amount)
    {
        // decimal holds 28 decimals: dividing 元 by 10000 drops whatever lies beyond 10⁻²⁴ 元. No published amount
        // comes near, but a round trip must never change a value silently.
        return amount.Wan * Money.YuanPerWan == amount.Yuan
            ? Wan(amount.Wan)
            : throw new ArgumentException($"{amount.Yuan.ToString(CultureInfo.InvariantCulture)} 元 has more decimals than an amount in 万元 can carry (24 decimals of 元)", nameof(amount));
    }

    /// <summary>A 万元 value, e.g. a table cell.</summary>
    public static string Wan(decimal wan) => Normal(wan).ToString(WanFormat, CultureInfo.InvariantCulture);

    /// <summary>A plain decimal, e.g. <c>1200.5</c>.</summary>
    public static string Plain(decimal value) => Normal(value).ToString(PlainFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses <c>digits[.digits]</c> (a leading minus only when allowed); no exponent, sign or spaces; never rounds.</summary>
    public static bool TryParse(string text, bool negativeAllowed, out decimal value, out string reason)
    {
        value = 0m;
        var negative = text.StartsWith('-');
        var digits = negative ? text.AsSpan(1) : text.AsSpan();
        var dot = digits.IndexOf('.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? ReadOnlySpan<char>.Empty : digits[(dot + 1)..];
        if (negative && !negativeAllowed)
        {
            reason = "amounts in a disclosure are never negative";
        }
        else if (whole.IsEmpty || whole.ContainsAnyExceptInRange('0', '9') || (dot >= 0 && (fraction.IsEmpty || fraction.ContainsAnyExceptInRange('0', '9'))))
        {
            reason = "not a plain decimal number (digits, optionally a point and more digits; no sign, exponent, spaces or separators)";
        }
        else if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            reason = "too large for a decimal";
        }
        else if (Plain(value) != Canonical(negative, whole, fraction))
        {
            // decimal.Parse rounds what it cannot hold; a document must not change value on the way in.
            reason = "more digits than a decimal holds (28 to 29 significant digits), so it would be rounded";
        }
        else
        {
            reason = string.Empty;
            return true;
        }

        return false;
    }

    private static string Canonical(bool negative, ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction)
    {
        var integer = whole.TrimStart('0');
        var decimals = fraction.TrimEnd('0');
        var zero = integer.IsEmpty && decimals.IsEmpty;
        return string.Concat(negative && !zero ? "-" : string.Empty, integer.IsEmpty ? "0" : integer, decimals.IsEmpty ? string.Empty : ".", decimals);
    }

    // -0 is zero: it must not print as "-0.00".
    private static decimal Normal(decimal value) => value == 0m ? 0m : value;
}
