namespace BudgetSdk.Performance.Values;

/// <summary>
/// The indicators a 分项绩效目标 states inside a sentence (seed 002: 绩效指标：单位“三会一课”计划落实率100%；…；
/// 业务法规学习次数≥2次). The sentence is split on ；, ; and 。; a part that ends in a value becomes a name and a value,
/// any other part is kept in <see cref="Unmatched"/>.
/// </summary>
public sealed class InlineIndicators
{
    private static readonly char[] Separators = ['；', ';', '。'];

    private static readonly string[] Labels = ["绩效指标：", "绩效指标:"];

    private InlineIndicators(IReadOnlyList<InlineIndicator> indicators, IReadOnlyList<string> unmatched)
    {
        Indicators = indicators;
        Unmatched = unmatched;
    }

    /// <summary>The indicators found, in the order printed.</summary>
    public IReadOnlyList<InlineIndicator> Indicators { get; }

    /// <summary>The parts that do not end in a value, trimmed, in the order printed.</summary>
    public IReadOnlyList<string> Unmatched { get; }

    /// <summary>Splits a sentence into its indicators.</summary>
    /// <param name="sentence">The sentence, with or without its 绩效指标： label.</param>
    /// <returns>The indicators and the parts that are not indicators.</returns>
    public static InlineIndicators Parse(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim();
        foreach (var label in Labels.Where(label => text.StartsWith(label, StringComparison.Ordinal)))
        {
            text = text[label.Length..];
        }

        var indicators = new List<InlineIndicator>();
        var unmatched = new List<string>();
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Split(part) is { } indicator)
            {
                indicators.Add(indicator);
            }
            else
            {
                unmatched.Add(part);
            }
        }

        return new InlineIndicators(indicators, unmatched);
    }

    // The value is the longest tail that reads as a comparison or a date and starts where a number or an operator starts
    // (not in the middle of a number); the name is what comes before it and must not be empty.
    private static InlineIndicator? Split(string part)
    {
        for (var start = 1; start < part.Length; start++)
        {
            if (!StartsValue(part, start))
            {
                continue;
            }

            var value = IndicatorValue.Parse(part[start..]);
            var name = part[..start].Trim();
            if (value.Kind is IndicatorValueKind.Comparison or IndicatorValueKind.Date && name.Length > 0)
            {
                return new InlineIndicator(name, value);
            }
        }

        return null;
    }

    private static bool StartsValue(string text, int index)
    {
        var (_, length, isWord) = Operators.ReadPrefix(text[index..]);
        if (isWord)
        {
            return index + length < text.Length && char.IsAsciiDigit(text[index + length]) && !AfterWordOperator(text, index);
        }

        var c = text[index];
        var before = text[index - 1];
        var inNumber = char.IsAsciiDigit(before) || before == '.' || Operators.IsSymbol(before);
        return Operators.IsSymbol(c) ? !Operators.IsSymbol(before) : char.IsAsciiDigit(c) && !inNumber && !AfterWordOperator(text, index);
    }

    // Neither 低于 inside 不低于 nor 80 after 不低于 is where a value starts: the word operator before them is part of it.
    private static bool AfterWordOperator(string text, int index)
    {
        for (var start = Math.Max(0, index - 5); start < index; start++)
        {
            if (Operators.ReadPrefix(text[start..]) is { IsWord: true } earlier && start + earlier.Length >= index)
            {
                return true;
            }
        }

        return false;
    }
}
