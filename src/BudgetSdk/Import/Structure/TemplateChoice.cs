using BudgetSdk.Codes;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Import.Structure;

/// <summary>
/// Picks the template a document follows. The region comes from the project codes; a document without any (no
/// projects, or a hand-made sample) is first outlined with the regions the schema has templates for, broadest first,
/// then gets its region from its department's name (<see cref="RegionReader"/>), so a Hebei county still reads with
/// the Hebei lines and, once named, with its own.
/// </summary>
internal static class TemplateChoice
{
    public static DisclosureTemplate? Select(int? year, string region)
    {
        if (year is not { } budgetYear)
        {
            return null;
        }

        IEnumerable<string> candidates = region.Length > 0
            ? [region]
            : LineSets.All.Select(s => s.Region).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(r => r.Length).ThenBy(r => r, StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (DisclosureTemplate.TrySelect(budgetYear, candidate, out var template, out _))
            {
                return template;
            }
        }

        return null;
    }

    /// <summary>The template's table titles by their comparison key, for titles the built-in list lacks.</summary>
    public static IReadOnlyDictionary<string, TableId> Titles(DisclosureTemplate? template)
    {
        var titles = new Dictionary<string, TableId>(StringComparer.Ordinal);
        if (template is null || !template.Parts.TryGetValue("tables", out var set))
        {
            return titles;
        }

        foreach (var line in set.Lines)
        {
            foreach (var key in line.Keys)
            {
                if (Enum.TryParse<TableId>(key, out var id))
                {
                    titles.TryAdd(Landmarks.TitleKey(line.Label), id);
                }
            }
        }

        return titles;
    }
}
