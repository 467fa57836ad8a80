using System.Text.RegularExpressions;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// Seeds cut down (seed 000, tab-separated text, unless another is named): tables or sections taken out, or a section's
/// body emptied. A table runs from its own title line (the 目录 prints the titles with dots and page numbers; DOCX text
/// puts a bookmark before it) to the next table's title or the title of the explanatory part (…情况说明); a section
/// from its heading to the next heading.
/// </summary>
public static partial class SeedCuts
{
    private static readonly Lazy<DisclosureTemplate> Template = new(() =>
    {
        DisclosureTemplate.TrySelect(2024, "130324", out var template, out _).ShouldBeTrue();
        return template!;
    });

    public static List<string> Lines(string id = "000") => BudgetSdk.Tests.Seeds.ReadLines(id).ToList();

    /// <summary>The title the 2024 template prints for a table.</summary>
    public static string TitleOf(TableId id) => Template.Value.TitleOf(id);

    /// <summary>The heading the 2024 template prints for a section (1–11).</summary>
    public static string HeadingOf(int section) => Template.Value.HeadingOf(section);

    /// <summary>The 0-based lines [start, end) of a table.</summary>
    public static (int Start, int End) TableLines(List<string> lines, TableId id)
    {
        var start = lines.FindIndex(l => Text(l) == TitleOf(id));
        start.ShouldBeGreaterThanOrEqualTo(0, $"{id} not found");
        var titles = Enum.GetValues<TableId>().Where(t => t <= TableId.T9).Select(TitleOf).ToHashSet();
        var end = lines.FindIndex(start + 1, l => titles.Contains(Text(l)) || (Text(l).EndsWith("情况说明", StringComparison.Ordinal) && !l.Contains("..", StringComparison.Ordinal)));
        return (start, end);
    }

    /// <summary>The 0-based lines [start, end) of a section, heading included.</summary>
    public static (int Start, int End) SectionLines(List<string> lines, int number)
    {
        var headings = Template.Value.Sections.Lines.Select(l => l.Label).ToList();
        var start = lines.FindIndex(l => Text(l) == headings[number - 1]);
        start.ShouldBeGreaterThan(0, $"section {number} not found");
        var end = number < headings.Count ? lines.FindIndex(start + 1, l => headings.Contains(Text(l))) : lines.Count;
        return (start, end);
    }

    /// <summary>Seed 000 without the given tables.</summary>
    public static string Without(params TableId[] tables) => Without("000", tables);

    /// <summary>A seed without the given tables.</summary>
    public static string Without(string seed, params TableId[] tables)
    {
        var lines = Lines(seed);
        foreach (var id in tables.OrderByDescending(t => TableLines(lines, t).Start))
        {
            var (start, end) = TableLines(lines, id);
            lines.RemoveRange(start, end - start);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Seed 000 with a section's lines replaced: <paramref name="keepHeading"/> keeps its heading, <paramref name="body"/>
    /// the new body (null keeps it).</summary>
    public static string WithSection(int number, bool keepHeading, IReadOnlyList<string>? body) => WithSection("000", number, keepHeading, body);

    /// <summary>A seed with a section's lines replaced, as <see cref="WithSection(int, bool, IReadOnlyList{string})"/>.</summary>
    public static string WithSection(string seed, int number, bool keepHeading, IReadOnlyList<string>? body)
    {
        var lines = Lines(seed);
        var (start, end) = SectionLines(lines, number);
        var replacement = new List<string>();
        if (keepHeading)
        {
            replacement.Add(lines[start]);
        }

        replacement.AddRange(body ?? lines.Skip(start + 1).Take(end - start - 1));
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, replacement);
        return string.Join('\n', lines);
    }

    /// <summary>A line as a title or heading is compared: without the bookmark DOCX text puts before it, trimmed.</summary>
    private static string Text(string line) => Bookmark().Replace(line.Trim(), string.Empty).Trim();

    [GeneratedRegex(@"^\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();
}
