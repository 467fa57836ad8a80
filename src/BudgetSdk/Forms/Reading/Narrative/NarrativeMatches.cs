using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Reading.Narrative;

/// <summary>Turns a pattern's match into a <see cref="FormQuote"/> or <see cref="FormChange"/>.</summary>
internal static class NarrativeMatches
{
    /// <summary>The code-name groups a quote pattern may have, from the 类 down.</summary>
    private static readonly string[] NameGroups = ["class", "kind", "item"];

    public static FormQuote Quote(QuotePattern pattern, NarrativeParagraph paragraph, Match match, NarrativeCodeNames codes)
    {
        var (amount, decimals) = Amount(pattern.Id, paragraph, match, "amount");
        var names = NameGroups.Select(g => match.Groups[g]).Where(g => g.Success).Select(g => g.Value.Trim()).ToArray();
        var cell = pattern.Cell;
        if (cell.Contains("{code}", StringComparison.Ordinal))
        {
            cell = codes.Resolve(names) is { } code ? cell.Replace("{code}", code.Code, StringComparison.Ordinal) : null;
        }

        return new FormQuote(pattern.Id, cell is null ? null : FormCellRef.TryParse(cell), names, amount, decimals, paragraph.ItemNumber, match.Value, paragraph.LineAt(match.Index));
    }

    public static FormChange Change(ChangePattern pattern, NarrativeParagraph paragraph, Match match)
    {
        var (amount, _) = Amount(pattern.Id, paragraph, match, "amount");
        var direction = Direction(match.Groups["direction"].Value);
        decimal? delta = match.Groups["delta"] is { Success: true } d ? Amount(pattern.Id, paragraph, match, "delta").Amount : null;
        int? year = match.Groups["year"] is { Success: true } y && int.TryParse(y.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var compared) ? compared : null;
        var cell = pattern.Cell is null ? null : FormCellRef.TryParse(pattern.Cell);
        return new FormChange(pattern.Id, cell, amount, direction, delta, year, match.Value, paragraph.LineAt(match.Index));
    }

    /// <summary>增加 → Increase, 减少 → Decrease; 持平, 一致, 相同 (and any other word the pattern allows) → Unchanged.</summary>
    private static ChangeDirection Direction(string printed) => printed.Trim() switch
    {
        "增加" or "增长" or "上升" => ChangeDirection.Increase,
        "减少" or "下降" or "降低" => ChangeDirection.Decrease,
        _ => ChangeDirection.Unchanged,
    };

    private static (decimal Amount, int Decimals) Amount(string id, NarrativeParagraph paragraph, Match match, string group)
    {
        var printed = match.Groups[group];
        return NarrativeAmounts.Parse(printed.Value)
            ?? throw new FormatException($"narrative pattern \"{id}\" matched \"{printed.Value}\" as its {group} at line {paragraph.LineAt(printed.Index)}; expected a number such as 3,121.42");
    }
}
