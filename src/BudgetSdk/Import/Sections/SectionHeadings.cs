using System.Text.RegularExpressions;
using BudgetSdk.Import.Structure;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Sections;

/// <summary>
/// The section headings an outline found, each with whether its section says anything: a section that holds only
/// page numbers (space-separated text leaves them between headings) or a bare 无 says nothing of its subject.
/// </summary>
internal static partial class SectionHeadings
{
    public static IReadOnlyList<PrintedSection> Of(Outline outline)
        => outline.SectionHeadings
            .OrderBy(h => h.Value.Line)
            .Select(h => new PrintedSection(h.Key, h.Value.SingleText ?? h.Value.Text, IsEmpty(outline.Sections[h.Key]), h.Value.Line))
            .ToArray();

    private static bool IsEmpty(List<SourceRow> rows) => rows.TrueForAll(r => Nothing().IsMatch(r.Text));

    [GeneratedRegex(@"^(\d{1,3}|无[。.]?)$")]
    private static partial Regex Nothing();
}
