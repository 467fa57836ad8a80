using static BudgetSdk.Performance.Values.IndicatorUnitKind;

namespace BudgetSdk.Performance.Values;

/// <summary>
/// The catalogue of units a 指标值 may be stated in: every unit the seed disclosures use, and the common measure words
/// and measures of the same families. Rates are composed from catalogue units (元/套, 次/年), so they need not all be listed.
/// </summary>
public static class IndicatorUnits
{
    /// <summary>%: 百分比 and ％ are read as it.</summary>
    public static IndicatorUnit Percent { get; } = new("%", IndicatorUnitKind.Percent);

    /// <summary>元.</summary>
    public static IndicatorUnit Yuan { get; } = Money("元", 1m);

    /// <summary>万元, the unit the tables print.</summary>
    public static IndicatorUnit TenThousandYuan { get; } = Money("万元", 10000m);

    private static readonly IndicatorUnit[] Listed =
    [
        Percent,
        Yuan, TenThousandYuan, Money("千元", 1000m), Money("亿元", 100000000m),
        .. Counts("人", "人次", "次", "批次", "个", "台", "套", "项", "份", "件", "户", "家", "辆", "本", "期", "场", "篇", "条",
            "部", "路", "处", "所", "座", "块", "张", "册", "只", "种", "类", "名", "位", "组", "间", "栋", "支", "把", "盏", "棵",
            "株", "根", "头", "艘", "架", "节", "单", "笔", "宗", "起", "例", "页", "幅", "首", "户次", "家次", "车次", "台次",
            "件次", "场次", "个次", "万人", "万人次", "台套"),
        .. Of(Area, "平方米", "平方公里", "亩", "公顷"),
        .. Of(Length, "米", "毫米", "厘米", "公里", "千米"),
        .. Of(Time, "天", "日", "年", "月", "个月", "周", "季度", "小时", "分钟", "秒", "工作日", "个工作日", "学时", "课时"),
        // 分 is a score (满意度≥90分); 个百分点 is a difference of percentages, not a percentage.
        .. Of(Other, "分", "个百分点", "吨", "公斤", "千克", "克", "升", "立方米", "千瓦", "千瓦时", "度", "GB", "TB", "Mbps"),
    ];

    // Other spellings of catalogue units; the key is compared after white space is removed.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["百分比"] = "%",
        ["％"] = "%",
        ["㎡"] = "平方米",
        ["m²"] = "平方米",
        ["m2"] = "平方米",
        ["平米"] = "平方米",
    };

    private static readonly Dictionary<string, IndicatorUnit> BySymbol = Listed.ToDictionary(unit => unit.Symbol, StringComparer.Ordinal);

    // Rates the task and the seeds name; others are composed on demand by Find. Declared after Aliases and BySymbol,
    // which Compose reads: static fields are initialised in the order written.
    private static readonly IndicatorUnit[] ListedRates =
        new[] { "元/人", "元/年", "元/天/人", "元/月", "万元/年", "元/套" }.Select(symbol => Compose(symbol)!).ToArray();

    // Characters that follow a number as grammar (率, 以, 前…) rather than as a measure word.
    private const string NotMeasureWords = "率以及前后内外上下左右是否的和或等达到约余多为";

    /// <summary>Every catalogue unit, listed rates included.</summary>
    public static IReadOnlyList<IndicatorUnit> All { get; } = [.. Listed, .. ListedRates];

    /// <summary>
    /// The unit printed as <paramref name="printed"/>: a catalogue symbol or alias (百分比 → %), or a rate whose parts are
    /// catalogue units (元/套, 次/年). White space is ignored. Null when the catalogue does not know it.
    /// </summary>
    /// <param name="printed">The unit as printed.</param>
    /// <returns>The unit, or null.</returns>
    public static IndicatorUnit? Find(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var symbol = string.Concat(printed.Where(c => !char.IsWhiteSpace(c)));
        return symbol.Contains('/', StringComparison.Ordinal) ? Compose(symbol) : Single(symbol);
    }

    /// <summary>
    /// A measure word the catalogue does not list but that reads as one: a single Chinese character that is not grammar
    /// (枚 in 3枚, not 率 in 0率). Such a unit is accepted with a note; longer unknown text is not a unit.
    /// </summary>
    internal static IndicatorUnit? MeasureWord(string text) =>
        text.Length == 1 && text[0] is >= '\u4E00' and <= '\u9FFF' && !NotMeasureWords.Contains(text[0], StringComparison.Ordinal)
            ? new IndicatorUnit(text, Count, inCatalogue: false)
            : null;

    private static IndicatorUnit? Single(string symbol) =>
        BySymbol.GetValueOrDefault(Aliases.GetValueOrDefault(symbol, symbol));

    // 元/天/人: the head is a catalogue unit, every part after a slash a catalogue unit or measure word.
    private static IndicatorUnit? Compose(string symbol)
    {
        var parts = symbol.Split('/');
        if (parts.Length < 2 || Single(parts[0]) is not { Per: null } head)
        {
            return null;
        }

        var tail = new List<IndicatorUnit>();
        foreach (var part in parts.Skip(1))
        {
            if ((Single(part) ?? MeasureWord(part)) is not { Per: null } unit)
            {
                return null;
            }

            tail.Add(unit);
        }

        var per = string.Join('/', tail.Select(unit => unit.Symbol));
        var kind = head.Kind == IndicatorUnitKind.Money ? MoneyRate : Other;
        return new IndicatorUnit(head.Symbol + "/" + per, kind, head.YuanFactor, per, tail.All(unit => unit.InCatalogue));
    }

    private static IndicatorUnit Money(string symbol, decimal factor) => new(symbol, IndicatorUnitKind.Money, factor);

    private static IEnumerable<IndicatorUnit> Counts(params string[] symbols) => Of(Count, symbols);

    private static IEnumerable<IndicatorUnit> Of(IndicatorUnitKind kind, params string[] symbols) =>
        symbols.Select(symbol => new IndicatorUnit(symbol, kind));
}
