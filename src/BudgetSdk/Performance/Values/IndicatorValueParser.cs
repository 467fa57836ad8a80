using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BudgetSdk.Text;

namespace BudgetSdk.Performance.Values;

/// <summary>
/// Reads a printed 指标值 into an <see cref="IndicatorValue"/>. Written so that no input throws: every text gets a kind,
/// and a text that is almost a value is <see cref="IndicatorValueKind.Malformed"/> with the reason, never repaired.
/// </summary>
internal static partial class IndicatorValueParser
{
    private const int LongestUnit = 32;

    public static IndicatorValue Parse(string raw)
    {
        var text = raw.Trim();
        var squeezed = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var plain = Narrow(squeezed);
        if (plain.Length == 0)
        {
            return Malformed(raw, "an empty value");
        }

        if (plain.All(c => "-—–/\\*_.。·、".Contains(c, StringComparison.Ordinal)))
        {
            return Malformed(raw, "a placeholder, not a value");
        }

        if (plain.StartsWith("是否", StringComparison.Ordinal) || plain is "是" or "否" or "是/否")
        {
            return new IndicatorValue(raw, IndicatorValueKind.YesNo, squeezed);
        }

        if (TimeForms.IsDate(plain, out var problem))
        {
            return problem is null ? new IndicatorValue(raw, IndicatorValueKind.Date, squeezed) : Malformed(raw, problem);
        }

        if (TimeForms.IsPeriod(plain))
        {
            return new IndicatorValue(raw, IndicatorValueKind.Period, squeezed);
        }

        var (op, length, isWord) = Operators.ReadPrefix(plain);
        if (op != IndicatorOperator.None && !(isWord && !StartsWithDigit(plain[length..])))
        {
            return ReadComparison(raw, op, plain[length..]);
        }

        if (StartsWithDigit(plain))
        {
            return ReadComparison(raw, IndicatorOperator.None, plain);
        }

        if (IndicatorUnits.Find(plain) is not null)
        {
            return Malformed(raw, "a unit without a number");
        }

        // 满意度≥95%: the value cell holds the indicator's name as well.
        var lead = LeadingText().Match(plain);
        return lead.Success
            ? Malformed(raw, $"text before the comparison: {lead.Groups[1].Value}")
            : new IndicatorValue(raw, IndicatorValueKind.Qualitative, text);
    }

    // After the operator: a number, then nothing, a unit, or a unit and a trailing operator (以上, 以内).
    private static IndicatorValue ReadComparison(string raw, IndicatorOperator op, string rest)
    {
        if (rest.Length == 0)
        {
            return Malformed(raw, "a bare operator");
        }

        var match = Number().Match(rest);
        if (!match.Success)
        {
            return Malformed(raw, $"an operator without a number: {rest}");
        }

        if (!decimal.TryParse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return Malformed(raw, $"a number too large to read: {match.Value}");
        }

        var tail = rest[match.Length..];
        var (suffix, suffixLength) = Operators.ReadSuffix(tail);
        if (suffix != IndicatorOperator.None)
        {
            if (op != IndicatorOperator.None)
            {
                return Malformed(raw, "an operator both before and after the number");
            }

            op = suffix;
            tail = tail[..^suffixLength];
        }

        return ReadUnit(raw, op, number, tail);
    }

    private static IndicatorValue ReadUnit(string raw, IndicatorOperator op, decimal number, string tail)
    {
        var text = raw.Trim();
        if (tail.Length == 0)
        {
            return new IndicatorValue(raw, IndicatorValueKind.Comparison, text, op, number);
        }

        if (tail.Contains("是否", StringComparison.Ordinal))
        {
            return Malformed(raw, $"a comparison mixed with a yes/no form: {tail}");
        }

        if ((IndicatorUnits.Find(tail) ?? IndicatorUnits.MeasureWord(tail)) is { } unit)
        {
            // An amount whose 元 do not fit a decimal cannot be held against a budget: it is no value, not an error.
            if (unit.YuanFactor is { } factor && number > decimal.MaxValue / factor)
            {
                return Malformed(raw, $"a number too large to read: {number.ToString(CultureInfo.InvariantCulture)}{unit.Symbol}");
            }

            string[] flags = unit.InCatalogue ? [] : [$"unit {unit.Symbol} is not in the catalogue; read as a measure word"];
            return new IndicatorValue(raw, IndicatorValueKind.Comparison, text, op, number, unit, flags);
        }

        // A unit is a few characters (compounds such as 万元/人/年 included): only that long a head of the text can be
        // one, so that text glued to a number is not cut at every length.
        for (var end = Math.Min(tail.Length - 1, LongestUnit); end > 0; end--)
        {
            if (IndicatorUnits.Find(tail[..end]) is not null)
            {
                return Malformed(raw, $"a number and unit glued to text: {tail[end..]}");
            }
        }

        return Malformed(raw, $"a number glued to text that is not a unit: {tail}");
    }

    private static IndicatorValue Malformed(string raw, string reason) =>
        new(raw, IndicatorValueKind.Malformed, raw.Trim(), flags: [reason]);

    private static bool StartsWithDigit(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    // Digits of any script and full-width signs are read as their ASCII forms; the text kept for printing is not changed.
    private static string Narrow(string text)
    {
        var digits = Digits.ToAscii(text);
        var builder = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            builder.Append(c switch
            {
                '．' => '.',
                '，' => ',',
                '％' => '%',
                '／' => '/',
                _ => c,
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^([^<>=≥≤≧≦⩾⩽＜＞＝0-9]+)[<>=≥≤≧≦⩾⩽＜＞＝]+[0-9]")]
    private static partial Regex LeadingText();
}
