namespace BudgetSdk.Import.Text;

/// <summary>Chinese ordinals as headings and labels print them (一 … 九十九).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The value, or 0 when the text is not a numeral below 100.</summary>
    public static int Parse(string text)
    {
        if (text.Length == 0 || text.Length > 3)
        {
            return 0;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 ? Math.Max(Digits.IndexOf(text[0], StringComparison.Ordinal), 0) : 0;
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[0], StringComparison.Ordinal);
        var ones = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[^1], StringComparison.Ordinal);
        return tens <= 0 || ones < 0 || (ten > 1) ? 0 : tens * 10 + ones;
    }

    /// <summary>True when the label starts with an ordinal and 、 (一、… 三十一、), as template lines do.</summary>
    public static bool StartsWithOrdinal(string label)
    {
        var mark = label.IndexOf('、', StringComparison.Ordinal);
        return mark is > 0 and <= 3 && Parse(label[..mark]) > 0;
    }
}
