namespace BudgetSdk.Forms.Deriving;

/// <summary>Chinese ordinals as forms number their lines: 一, 二 … 十, 十一 … 九十九 (for <see cref="Model.FormRows.ClassLabels"/>).</summary>
public static class ChineseOrdinal
{
    private const string DigitNames = "零一二三四五六七八九";

    /// <summary>The ordinal of 1 to 99, e.g. 3 → 三, 12 → 十二, 20 → 二十.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not between 1 and 99.</exception>
    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        if (number < 10)
        {
            return DigitNames[number].ToString();
        }

        var tens = number / 10;
        var ones = number % 10;
        return (tens == 1 ? string.Empty : DigitNames[tens].ToString()) + "十" + (ones == 0 ? string.Empty : DigitNames[ones].ToString());
    }
}
