using System.Globalization;

namespace BudgetSdk.Import.Text;

/// <summary>Reads printed numbers: amounts in 万元 (two decimals), quantities, serial numbers.</summary>
internal static class PrintedNumbers
{
    /// <summary>
    /// A printed amount: digits with an optional decimal part and thousands commas, full-width digits allowed. A dash
    /// or slash is how some publishers print an empty cell, so it reads as blank rather than as text.
    /// </summary>
    public static bool TryParse(string text, out decimal? value)
    {
        value = null;
        var s = text.Trim();
        if (s.Length == 0 || s is "-" or "—" or "－" or "/" or "——")
        {
            return true;
        }

        if (s.Length > 24)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[s.Length];
        var length = 0;
        var dots = 0;
        foreach (var c in s)
        {
            var mapped = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                _ => c,
            };
            if (mapped == ',')
            {
                continue;
            }

            if (mapped == '.')
            {
                dots++;
            }
            else if (mapped is < '0' or > '9')
            {
                return false;
            }

            buffer[length++] = mapped;
        }

        if (length == 0 || dots > 1 || buffer[0] == '.' || buffer[length - 1] == '.')
        {
            return false;
        }

        if (decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A non-blank printed number, or null.</summary>
    public static decimal? Parse(string text) => TryParse(text, out var value) ? value : null;

    /// <summary>True when the word is a number (not a blank mark).</summary>
    public static bool IsNumber(string text) => TryParse(text, out var value) && value is not null;

    /// <summary>A 序号: a whole number without a decimal point.</summary>
    public static bool TryParseSerial(string text, out int serial)
    {
        serial = 0;
        return text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out serial);
    }
}
