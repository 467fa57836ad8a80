namespace BudgetSdk.Codes;

/// <summary>
/// A code's digits read as one integer, without allocating: a leading 1 and then the digits, so that the key also says
/// how many digits there were (<c>201</c> → 1201, <c>0201</c> → 10201). Two code strings have the same key exactly
/// when they are the same string, so a table keyed by it needs no string comparison.
/// </summary>
internal static class CodeKey
{
    /// <summary>The most digits a key holds: 1 followed by 18 digits is below <see cref="ulong.MaxValue"/>.</summary>
    public const int MaxDigits = 18;

    /// <summary>The key of <paramref name="digits"/>; false when it is empty, too long or holds anything but ASCII digits.</summary>
    public static bool TryRead(ReadOnlySpan<char> digits, out ulong key)
    {
        key = 1;
        if ((uint)(digits.Length - 1) >= MaxDigits)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            key = (key * 10) + digit;
        }

        return true;
    }
}
