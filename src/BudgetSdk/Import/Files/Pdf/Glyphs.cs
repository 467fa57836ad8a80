using System.Text;

namespace BudgetSdk.Import.Files.Pdf;

/// <summary>
/// The characters a reader sees for a glyph. CJK fonts map many common ideographs to look-alike code points in their
/// ToUnicode tables (Chromium's PDFs print 一 as U+2F00 KANGXI RADICAL ONE, 门 as U+2ED4): those become the unified
/// ideograph; everything else, full-width brackets included, stays as printed.
/// </summary>
internal static class Glyphs
{
    public static string Normal(string value)
    {
        if (value.Length == 1 && !Radical(value[0]))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(Radical(c) ? Ideograph(c) : c);
        }

        return text.ToString();
    }

    // Kangxi radicals, the CJK radicals supplement and the compatibility ideographs.
    private static bool Radical(char c) => c is >= '\u2e80' and <= '\u2fdf' or >= '\uf900' and <= '\ufaff';

    private static char Ideograph(char c)
    {
        var normal = c.ToString().Normalize(NormalizationForm.FormKC);
        if (normal.Length == 1 && normal[0] != c)
        {
            // KANGXI RADICAL DOOR decomposes to the traditional 戶; the simplified fonts print it for 户.
            return normal[0] == '\u6236' ? '\u6237' : normal[0];
        }

        return Supplement.TryGetValue(c, out var ideograph) ? ideograph : c;
    }

    // The radicals supplement has no compatibility decomposition. Its equivalents are Unicode's: the Equivalent_Unified_Ideograph
    // property (EquivalentUnifiedIdeograph.txt of the Unicode Character Database 14.0.0, U+2E81..U+2EF3,
    // https://www.unicode.org/Public/UCD/latest/ucd/EquivalentUnifiedIdeograph.txt), less the 13 whose ideograph lies
    // outside the Basic Multilingual Plane (rare forms no budget text means): 青 for ⻘ (Qinglong's 青龙), 门 for ⻔ ….
    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['\u2e81'] = '厂', ['\u2e82'] = '乛', ['\u2e83'] = '乚', ['\u2e84'] = '乙', ['\u2e85'] = '亻', ['\u2e86'] = '冂',
        ['\u2e88'] = '刀', ['\u2e89'] = '刂', ['\u2e8a'] = '卜', ['\u2e8b'] = '㔾', ['\u2e8c'] = '小', ['\u2e8d'] = '小',
        ['\u2e8e'] = '兀', ['\u2e8f'] = '尣', ['\u2e90'] = '尢', ['\u2e92'] = '巳', ['\u2e93'] = '幺', ['\u2e94'] = '彑',
        ['\u2e95'] = '彐', ['\u2e96'] = '忄', ['\u2e97'] = '心', ['\u2e98'] = '扌', ['\u2e99'] = '攵', ['\u2e9b'] = '旡',
        ['\u2e9c'] = '日', ['\u2e9d'] = '月', ['\u2e9e'] = '歺', ['\u2e9f'] = '母', ['\u2ea0'] = '民', ['\u2ea1'] = '氵',
        ['\u2ea2'] = '氺', ['\u2ea3'] = '灬', ['\u2ea4'] = '爫', ['\u2ea5'] = '爫', ['\u2ea6'] = '丬', ['\u2ea7'] = '牛',
        ['\u2ea8'] = '犭', ['\u2ea9'] = '王', ['\u2eab'] = '目', ['\u2eac'] = '示', ['\u2ead'] = '礻', ['\u2eaf'] = '糹',
        ['\u2eb0'] = '纟', ['\u2eb1'] = '罓', ['\u2eb2'] = '罒', ['\u2eb3'] = '㓁', ['\u2eb4'] = '冗', ['\u2eb6'] = '羊',
        ['\u2eb9'] = '耂', ['\u2eba'] = '肀', ['\u2ebb'] = '聿', ['\u2ebc'] = '肉', ['\u2ebe'] = '艹', ['\u2ebf'] = '艹',
        ['\u2ec0'] = '艹', ['\u2ec1'] = '虎', ['\u2ec2'] = '衤', ['\u2ec3'] = '覀', ['\u2ec4'] = '西', ['\u2ec5'] = '见',
        ['\u2ec6'] = '角', ['\u2ec8'] = '讠', ['\u2ec9'] = '贝', ['\u2ecb'] = '车', ['\u2ecc'] = '辶', ['\u2ecd'] = '辶',
        ['\u2ece'] = '辶', ['\u2ecf'] = '邑', ['\u2ed0'] = '钅', ['\u2ed1'] = '長', ['\u2ed2'] = '镸', ['\u2ed3'] = '长',
        ['\u2ed4'] = '门', ['\u2ed6'] = '阝', ['\u2ed7'] = '雨', ['\u2ed8'] = '青', ['\u2ed9'] = '韦', ['\u2eda'] = '页',
        ['\u2edb'] = '风', ['\u2edc'] = '飞', ['\u2edd'] = '食', ['\u2edf'] = '飠', ['\u2ee0'] = '饣', ['\u2ee2'] = '马',
        ['\u2ee3'] = '骨', ['\u2ee4'] = '鬼', ['\u2ee5'] = '鱼', ['\u2ee6'] = '鸟', ['\u2ee7'] = '卤', ['\u2ee8'] = '麦',
        ['\u2ee9'] = '黄', ['\u2eea'] = '黾', ['\u2eeb'] = '斉', ['\u2eec'] = '齐', ['\u2eed'] = '歯', ['\u2eee'] = '齿',
        ['\u2eef'] = '竜', ['\u2ef0'] = '龙', ['\u2ef1'] = '龜', ['\u2ef2'] = '亀', ['\u2ef3'] = '龟',
    };
}
