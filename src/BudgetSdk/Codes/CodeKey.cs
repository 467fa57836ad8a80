using System.Runtime.InteropServices;

namespace BudgetSdk.Codes;

/// <summary>
/// A code's digits as one 64-bit integer, read without allocating: the digit count in the top four bits and the digits
/// below them. Two code strings have the same key exactly when they are the same string, so a table keyed by it needs
/// no string comparison, and <c>201</c> and <c>0201</c> stay apart.
/// </summary>
/// <remarks>
/// Four to eight digits (every 款 and 项 of 支出功能分类, every 款 of the economic classifications) are read as two
/// overlapping 64-bit words of four UTF-16 units each, checked and packed four digits at a time, since a digit-by-digit
/// <c>key * 10 + digit</c> is a chain of dependent multiplications that costs more than the table lookup itself. Other
/// lengths (a 类's three digits) take the decimal value.
/// </remarks>
internal static class CodeKey
{
    /// <summary>The most digits a key holds: the digit count takes four bits, and 10^15 fits in the 60 below.</summary>
    public const int MaxDigits = 15;

    private const ulong HighBits = 0xFFF0_FFF0_FFF0_FFF0UL;
    private const ulong ZeroToFifteen = 0x0030_0030_0030_0030UL;
    private const ulong PlusSix = 0x0006_0006_0006_0006UL;
    private const ulong AboveNine = 0x0040_0040_0040_0040UL;
    private const ulong Nibbles = 0x000F_000F_000F_000FUL;

    /// <summary>The key of <paramref name="digits"/>; false when it is empty, too long or holds anything but ASCII digits.</summary>
    public static bool TryRead(ReadOnlySpan<char> digits, out ulong key)
    {
        var length = digits.Length;
        if (length is >= 4 and <= 8)
        {
            var head = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(digits[..4]));
            var tail = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(digits[(length - 4)..]));
            if (!AreDigits(head) || !AreDigits(tail))
            {
                key = 0;
                return false;
            }

            // Each 16-bit lane is one character; its low four bits are the digit. The head's digits sit in bits 0–3 of
            // each lane, the tail's in bits 4–7: together with the length they give every character back.
            key = ((ulong)length << 60) | (head & Nibbles) | ((tail & Nibbles) << 4);
            return true;
        }

        if ((uint)(length - 1) >= MaxDigits)
        {
            key = 0;
            return false;
        }

        ulong value = 0;
        foreach (var c in digits)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                key = 0;
                return false;
            }

            value = (value * 10) + digit;
        }

        key = ((ulong)length << 60) | value;
        return true;
    }

    /// <summary>Whether all four UTF-16 units of <paramref name="word"/> are '0'–'9': 0x30–0x3F, and not above 0x39.</summary>
    private static bool AreDigits(ulong word)
        => (word & HighBits) == ZeroToFifteen && ((word + PlusSix) & AboveNine) == 0;
}
