using BudgetSdk.Codes;

namespace BudgetSdk.Forms.Reading.Narrative;

/// <summary>
/// Resolves the 类/款/项 names a sentence prints to a functional code of the year's edition (the latest edition not after
/// the year, else the earliest). Tolerates what documents print: brackets of either width and stray spaces (the catalogue's
/// name normalisation), 其它 for 其他, and a 类 under a name the edition no longer uses (医疗卫生与计划生育支出 for
/// 卫生健康支出) when its 款 and 项 names lead to one code under one 类 only, and a 款 without 项 printed with its own
/// name as the 项.
/// </summary>
internal sealed class NarrativeCodeNames
{
    private readonly CodeCatalog<FunctionalCode>? _catalog;

    public NarrativeCodeNames(int year)
    {
        _catalog = EditionInForce.Functional(year);
    }

    /// <summary>The code the names (from the 类 down) lead to, or null when they lead to none or to several.</summary>
    public FunctionalCode? Resolve(IReadOnlyList<string> names)
    {
        if (_catalog is null || names.Count == 0)
        {
            return null;
        }

        var path = Walk(_catalog.Roots, names);
        if (path is not null || names.Count < 2)
        {
            return path;
        }

        // The 类 name is unknown to the edition (an old name): accept the 款 and 项 names when exactly one 类 holds them.
        var found = _catalog.Roots.Select(root => Walk(root.Children, names.Skip(1).ToArray())).OfType<FunctionalCode>().Distinct().ToArray();
        return found.Length == 1 ? found[0] : null;
    }

    private static FunctionalCode? Walk(IReadOnlyList<FunctionalCode> level, IReadOnlyList<string> names)
    {
        FunctionalCode? result = null;
        var candidates = level;
        foreach (var name in names)
        {
            var variants = Variants(name);
            var next = candidates.FirstOrDefault(c => variants.Any(c.IsNamed));
            if (next is null)
            {
                // A 款 without 项 (20899 其他社会保障和就业支出) is printed with its own name as the 项: the 款 is meant.
                return result is not null && result.Children.Count == 0 && variants.Any(result.IsNamed) ? result : null;
            }

            result = next;

            candidates = result.Children;
        }

        return result;
    }

    /// <summary>The name as printed and with 其它/其他 swapped: documents use both for the official 其他.</summary>
    private static string[] Variants(string name)
    {
        var trimmed = name.Trim();
        return [trimmed, trimmed.Replace('它', '他'), trimmed.Replace("其他", "其它", StringComparison.Ordinal)];
    }
}
