namespace BudgetSdk.Performance.Values;

/// <summary>How operators are printed: symbols in several widths, words, and the trailing 以上/以下 forms.</summary>
internal static class Operators
{
    // Longest first, so that 不超过 is not read as 超过 and >= not as >.
    private static readonly (string Text, IndicatorOperator Operator)[] Prefixes = new (string, IndicatorOperator)[]
    {
        (">=", IndicatorOperator.GreaterOrEqual), ("＞＝", IndicatorOperator.GreaterOrEqual), ("＞=", IndicatorOperator.GreaterOrEqual),
        ("≥", IndicatorOperator.GreaterOrEqual), ("≧", IndicatorOperator.GreaterOrEqual), ("⩾", IndicatorOperator.GreaterOrEqual),
        ("<=", IndicatorOperator.LessOrEqual), ("＜＝", IndicatorOperator.LessOrEqual), ("＜=", IndicatorOperator.LessOrEqual),
        ("≤", IndicatorOperator.LessOrEqual), ("≦", IndicatorOperator.LessOrEqual), ("⩽", IndicatorOperator.LessOrEqual),
        (">", IndicatorOperator.GreaterThan), ("＞", IndicatorOperator.GreaterThan),
        ("<", IndicatorOperator.LessThan), ("＜", IndicatorOperator.LessThan),
        ("=", IndicatorOperator.Equal), ("＝", IndicatorOperator.Equal),
    }.Concat(Words()).OrderByDescending(p => p.Item1.Length).ToArray();

    // A trailing word after the unit: 95%以上 means ≥95%, 3万元以内 and 3个工作日内 mean ≤.
    private static readonly (string Text, IndicatorOperator Operator)[] Suffixes =
    [
        ("及以上", IndicatorOperator.GreaterOrEqual), ("以上", IndicatorOperator.GreaterOrEqual),
        ("及以下", IndicatorOperator.LessOrEqual), ("以下", IndicatorOperator.LessOrEqual),
        ("以内", IndicatorOperator.LessOrEqual), ("之内", IndicatorOperator.LessOrEqual), ("内", IndicatorOperator.LessOrEqual),
    ];

    /// <summary>The printed symbol of an operator; empty for <see cref="IndicatorOperator.None"/>.</summary>
    public static string Symbol(IndicatorOperator op) => op switch
    {
        IndicatorOperator.Equal => "=",
        IndicatorOperator.GreaterThan => ">",
        IndicatorOperator.GreaterOrEqual => "≥",
        IndicatorOperator.LessThan => "<",
        IndicatorOperator.LessOrEqual => "≤",
        _ => string.Empty,
    };

    /// <summary>The operator <paramref name="text"/> starts with, its length, and whether it is a word (不低于) rather than a symbol.</summary>
    public static (IndicatorOperator Operator, int Length, bool IsWord) ReadPrefix(string text)
    {
        foreach (var (printed, op) in Prefixes)
        {
            if (text.StartsWith(printed, StringComparison.Ordinal))
            {
                return (op, printed.Length, printed[0] is >= '\u4E00' and <= '\u9FFF');
            }
        }

        return (IndicatorOperator.None, 0, false);
    }

    /// <summary>The operator <paramref name="text"/> ends with (以上, 以内…), and its length.</summary>
    public static (IndicatorOperator Operator, int Length) ReadSuffix(string text)
    {
        foreach (var (printed, op) in Suffixes)
        {
            if (text.EndsWith(printed, StringComparison.Ordinal))
            {
                return (op, printed.Length);
            }
        }

        return (IndicatorOperator.None, 0);
    }

    /// <summary>Whether <paramref name="c"/> is an operator symbol (words are not counted).</summary>
    public static bool IsSymbol(char c) => "<>=≥≤≧≦⩾⩽＜＞＝".Contains(c, StringComparison.Ordinal);

    // Word operators count only when a number follows them: 不低于95% is ≥95%, 不低于上年 is text.
    private static IEnumerable<(string, IndicatorOperator)> Words() =>
    [
        ("大于等于", IndicatorOperator.GreaterOrEqual), ("大于或等于", IndicatorOperator.GreaterOrEqual),
        ("不低于", IndicatorOperator.GreaterOrEqual), ("不少于", IndicatorOperator.GreaterOrEqual), ("不小于", IndicatorOperator.GreaterOrEqual),
        ("小于等于", IndicatorOperator.LessOrEqual), ("小于或等于", IndicatorOperator.LessOrEqual),
        ("不高于", IndicatorOperator.LessOrEqual), ("不超过", IndicatorOperator.LessOrEqual),
        ("不大于", IndicatorOperator.LessOrEqual), ("不多于", IndicatorOperator.LessOrEqual),
        ("大于", IndicatorOperator.GreaterThan), ("高于", IndicatorOperator.GreaterThan), ("超过", IndicatorOperator.GreaterThan),
        ("多于", IndicatorOperator.GreaterThan),
        ("小于", IndicatorOperator.LessThan), ("低于", IndicatorOperator.LessThan), ("少于", IndicatorOperator.LessThan),
        ("等于", IndicatorOperator.Equal),
    ];
}
