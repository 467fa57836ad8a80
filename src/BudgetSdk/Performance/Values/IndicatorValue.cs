using System.Globalization;

namespace BudgetSdk.Performance.Values;

/// <summary>
/// A 指标值 as printed, and what it means: a comparison (≥95%, 18000 元/人), a date, a period, a yes/no form, free
/// text, or a malformed value kept with the reasons it is one. The printed text is never lost: <see cref="Raw"/>.
/// </summary>
/// <remarks>
/// Two values are equal when they mean the same: the same kind and, for a comparison, the same operator, number and
/// unit (≥98 百分比 equals ≥98%; 30.6 equals 30.60); for dates, periods, yes/no forms and text, the same
/// <see cref="Text"/>; for malformed values, the same <see cref="Raw"/>. So a value printed with <see cref="Format"/>
/// and read back equals itself.
/// </remarks>
public sealed class IndicatorValue : IEquatable<IndicatorValue>
{
    internal IndicatorValue(string raw, IndicatorValueKind kind, string text, IndicatorOperator op = IndicatorOperator.None,
        decimal? number = null, IndicatorUnit? unit = null, IReadOnlyList<string>? flags = null)
    {
        Raw = raw;
        Kind = kind;
        Text = text;
        Operator = op;
        Number = number;
        Unit = unit;
        Flags = flags ?? [];
    }

    /// <summary>The text as printed.</summary>
    public string Raw { get; }

    /// <summary>The form the value takes.</summary>
    public IndicatorValueKind Kind { get; }

    /// <summary>
    /// The text of the value: trimmed; for dates, periods and yes/no forms also without inner white space, which PDF
    /// text puts between digits and 年/月 (2023 年 7 月).
    /// </summary>
    public string Text { get; }

    /// <summary>The operator of a comparison; <see cref="IndicatorOperator.None"/> otherwise.</summary>
    public IndicatorOperator Operator { get; }

    /// <summary>The number of a comparison, with the digits printed (30.60 keeps its zero); null otherwise.</summary>
    public decimal? Number { get; }

    /// <summary>The unit of a comparison; null for other kinds and for a bare number (会务工作差错率0).</summary>
    public IndicatorUnit? Unit { get; }

    /// <summary>
    /// Why a value is malformed, in words (e.g. "a unit without a number"); for a comparison, a note when its unit is a
    /// measure word the catalogue does not list. Empty for a clean value.
    /// </summary>
    public IReadOnlyList<string> Flags { get; }

    /// <summary>Parses a printed value. Never throws: a null or empty text is a malformed value.</summary>
    /// <param name="raw">The printed 指标值.</param>
    /// <returns>The value, keeping <paramref name="raw"/> as printed.</returns>
    public static IndicatorValue Parse(string raw) => IndicatorValueParser.Parse(raw ?? string.Empty);

    /// <summary>
    /// The canonical printed form: for a comparison the operator, the number as printed and the unit symbol, with no
    /// spaces (18000 元/人 → 18000元/人, ≥98 百分比 → ≥98%, 95%以上 → ≥95%); for a malformed value <see cref="Raw"/>
    /// unchanged; otherwise <see cref="Text"/>.
    /// </summary>
    /// <returns>The text to print.</returns>
    public string Format() => Kind switch
    {
        IndicatorValueKind.Comparison => Operators.Symbol(Operator) + Number!.Value.ToString(CultureInfo.InvariantCulture) + Unit?.Symbol,
        IndicatorValueKind.Malformed => Raw,
        _ => Text,
    };

    /// <summary>
    /// A money comparison's amount in 万元 (1243800万元 → 1243800, 43600元 → 4.36), so that a rule can hold it against a
    /// budget; for a money rate, in 万元 per the same thing (8400元/年 → 0.84). Null for anything that is not money.
    /// </summary>
    /// <returns>The amount in 万元, or null.</returns>
    public decimal? ToWan()
    {
        if (Kind != IndicatorValueKind.Comparison || Number is not { } number || Unit is not { YuanFactor: { } factor })
        {
            return null;
        }

        // The parser reads no such number, but a value whose 元 overflow is no amount.
        return Math.Abs(number) <= decimal.MaxValue / factor ? number * factor / IndicatorUnits.TenThousandYuan.YuanFactor!.Value : null;
    }

    /// <inheritdoc />
    public bool Equals(IndicatorValue? other) => other is not null && Kind == other.Kind && Kind switch
    {
        IndicatorValueKind.Comparison => Operator == other.Operator && Number == other.Number && Unit == other.Unit,
        IndicatorValueKind.Malformed => string.Equals(Raw, other.Raw, StringComparison.Ordinal),
        _ => string.Equals(Text, other.Text, StringComparison.Ordinal),
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorValue);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        IndicatorValueKind.Comparison => HashCode.Combine(Kind, Operator, Number, Unit),
        IndicatorValueKind.Malformed => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Raw)),
        _ => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Text)),
    };

    /// <summary>The text as printed (<see cref="Raw"/>).</summary>
    /// <returns><see cref="Raw"/>.</returns>
    public override string ToString() => Raw;
}
