using System.Globalization;

namespace BudgetSdk.Import.Text;

/// <summary>Reads printed numbers: amounts in 万元 (two decimals), quantities, serial numbers.</summary>
internal static class PrintedNumbers
{
    /// <summary>
    /// The most digits an amount has before its decimal point. 10^15 万元 is far beyond any budget, and so the sums an
    /// audit makes of a whole document's amounts (in 元 too) stay far inside <see cref="decimal"/>.
    /// </summary>
    public const int MaxIntegerDigits = 15;

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

        if (length == 0 || dots > 1 || buffer[0] == '.' || buffer[length - 1] == '.' || IntegerDigits(buffer[..length]) > MaxIntegerDigits)
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

    /// <summary>
    /// A non-blank printed number, or null; a number too large for any amount (more than <see cref="MaxIntegerDigits"/>
    /// digits before the point, e.g. one beyond <see cref="decimal"/>) is refused by its line rather than read as text.
    /// </summary>
    /// <param name="text">The cell or word as printed.</param>
    /// <param name="line">The 1-based line it is printed on.</param>
    /// <param name="what">What it is, for the message: <c>the 合计 cell</c>, <c>the amount</c>.</param>
    public static decimal? Parse(string text, int line, string what)
    {
        if (IsTooLarge(text))
        {
            var shown = text.Trim();
            shown = shown.Length > 40 ? shown[..40] + "…" : shown;
            throw new DisclosureImportException(
                $"line {line}: {what} {shown} has {IntegerDigits(text.Trim()).ToString("N0", CultureInfo.InvariantCulture)} digits before the decimal point; no amount has more than {MaxIntegerDigits}");
        }

        return Parse(text);
    }

    /// <summary>Refuses a row (of a schedule, whose cells are all read as amounts or words) that prints a number too large
    /// for an amount in any cell or word, by its line.</summary>
    public static void RefuseTooLarge(SourceRow row)
    {
        foreach (var word in row.Cells ?? row.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Parse(word, row.Line, "the cell");
        }
    }

    /// <summary>True for a number (digits, thousands commas, one point) with more digits before its point than an amount has.</summary>
    public static bool IsTooLarge(string text)
    {
        var s = text.AsSpan().Trim();
        var dots = 0;
        foreach (var c in s)
        {
            dots += c is '.' or '．' ? 1 : 0;
            if (!(char.IsAsciiDigit(c) || c is >= '０' and <= '９' or ',' or '.' or '．') || dots > 1)
            {
                return false;
            }
        }

        return s.Length > 0 && IntegerDigits(s) > MaxIntegerDigits;
    }

    // Digits before the point, leading zeros not counted (0001.00 is one).
    private static int IntegerDigits(ReadOnlySpan<char> number)
    {
        var digits = 0;
        foreach (var c in number)
        {
            if (c is '.' or '．')
            {
                break;
            }

            digits += (char.IsAsciiDigit(c) || c is >= '０' and <= '９') && (digits > 0 || c is not ('0' or '０')) ? 1 : 0;
        }

        return digits;
    }

    /// <summary>True when the word is a number (not a blank mark).</summary>
    public static bool IsNumber(string text) => TryParse(text, out var value) && value is not null;

    /// <summary>A 序号: a whole number without a decimal point.</summary>
    public static bool TryParseSerial(string text, out int serial)
    {
        serial = 0;
        return text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out serial);
    }
}
