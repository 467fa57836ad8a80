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

    // The radicals supplement has no compatibility decomposition; these are the simplified forms fonts use for it.
    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['\u2ea0'] = '民', ['\u2eb0'] = '纟', ['\u2ec5'] = '见', ['\u2ec6'] = '角', ['\u2ec8'] = '讠', ['\u2ec9'] = '贝',
        ['\u2ecb'] = '车', ['\u2ecc'] = '辶', ['\u2ed0'] = '钅', ['\u2ed3'] = '长', ['\u2ed4'] = '门', ['\u2ed9'] = '韦',
        ['\u2eda'] = '页', ['\u2edb'] = '风', ['\u2edc'] = '飞', ['\u2edd'] = '食', ['\u2ee0'] = '饣', ['\u2ee2'] = '马',
        ['\u2ee5'] = '鱼', ['\u2ee6'] = '鸟', ['\u2ee7'] = '卤', ['\u2ee8'] = '麦', ['\u2ee9'] = '黄', ['\u2eea'] = '黾',
        ['\u2eec'] = '齐', ['\u2eee'] = '齿', ['\u2ef0'] = '龙', ['\u2ef3'] = '龟',
    };
}
