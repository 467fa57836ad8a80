using System.Text.RegularExpressions;
using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// The classification code a row starts with: split over 类/款/项 columns (<c>201   06   01   行政运行</c>, economic
/// <c>301   01</c>) or whole (<c>2010301</c>), followed by the label. The code's digits and the line with the code blanked
/// (so its digits are not read as amounts, and the columns of the rest stay where they were).
/// </summary>
internal static class CodePrefix
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);
    private static readonly Regex Split = new(@"^\s*(?<c>\d{3})(?:[ \t]+(?<p>\d{2}))?(?:[ \t]+(?<p>\d{2}))?(?=\s+[^\s\d,.\-])", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Whole = new(@"^\s*(?<c>\d{3}(?:\d{2}){0,2})(?=\s+[^\s\d,.\-])", RegexOptions.CultureInvariant, Timeout);

    // A whole code at the line's start with only amounts after a wide gap: its label printed around it, on the lines above
    // and below (2080505 … 1,384.70 between 机关事业单位基本养老保险缴费支 and 出).
    private static readonly Regex Bare = new(@"^[ ]{0,2}(?<c>\d{3}(?:\d{2}){0,2})(?=[ ]{4,}[\d,.\-]+(?:\s+[\d,.\-]+)*\s*$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The code digits and the rest of the line, or null when the line starts with no code of the side's levels.</summary>
    public static (string Code, string Remainder)? Match(string line, FormRows rows)
    {
        if (rows.Source != RowSource.Codes || rows.ClassLabels is not null || line.Length > 1000)
        {
            return null;
        }

        var m = rows.Printing == CodePrinting.Split ? Split.Match(line) : Whole.Match(line) is { Success: true } whole ? whole : Bare.Match(line);
        if (!m.Success)
        {
            return null;
        }

        var code = m.Groups["c"].Value + string.Concat(m.Groups["p"].Captures.Select(c => c.Value));
        if (!rows.Levels.Contains(code.Length))
        {
            return null;
        }

        return (code, new string(' ', m.Length) + line[m.Length..]);
    }
}
