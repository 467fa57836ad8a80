using BudgetSdk.Forms.Model;
using BudgetSdk.Regions;

namespace BudgetSdk.Forms.Schema;

/// <summary>
/// The forms a reader, builder or audit can choose from: the shipped ones (the schema's <c>kind: form</c> files) plus any a
/// caller adds. A form is chosen by region and year: the longest region prefix that matches wins, so a district's own form
/// overrides its city's and a county inherits its province's.
/// </summary>
public sealed class FormCatalog
{
    private static readonly Lazy<FormCatalog> ShippedForms = new(() => new FormCatalog(FormParser.ParseAll(BudgetSdk.Codes.FormSources.All)));

    /// <summary>Creates a catalogue of these forms.</summary>
    public FormCatalog(IEnumerable<FormTemplate> forms)
    {
        Forms = forms.OrderBy(f => f.Region, StringComparer.Ordinal).ThenBy(f => f.Years.From).ToArray();
    }

    /// <summary>The forms the package ships (上海市, 江苏省 …), parsed once.</summary>
    public static FormCatalog Shipped => ShippedForms.Value;

    /// <summary>Every form, by region and first year.</summary>
    public IReadOnlyList<FormTemplate> Forms { get; }

    /// <summary>The form for a region (a GB/T 2260 code) and year, or null.</summary>
    public FormTemplate? Select(string regionCode, int year)
        => Forms.Where(f => f.AppliesTo(regionCode, year)).OrderByDescending(f => f.Region.Length).FirstOrDefault();

    /// <summary>
    /// The form for a region and year, or else the newest form of the region before that year: the form in force until the
    /// region publishes a new one, as the builder's templates carry the newest line sets on (a 2025 Hebei disclosure is
    /// built in the 2024 form, a 青龙满族自治县 one with its own 2024 “三公” table). A reader keeps to <see cref="Select"/>: a
    /// document of a year no form describes is refused, not read in a form it may not be printed in.
    /// </summary>
    public FormTemplate? SelectInForce(string regionCode, int year)
        => Select(regionCode, year)
            ?? Forms.Where(f => regionCode.StartsWith(f.Region, StringComparison.Ordinal) && f.Years.To < year)
                .OrderByDescending(f => f.Region.Length).ThenByDescending(f => f.Years.To).FirstOrDefault();

    /// <summary>A catalogue with these forms added (a caller's own form files).</summary>
    public FormCatalog With(IEnumerable<FormTemplate> forms) => new(Forms.Concat(forms));

    /// <summary>
    /// The one line that says no form fits, e.g. <c>no template for 四川省 2025 (the schema has: 河北省 2023–2024, 上海市 2023–2025,
    /// 江苏省 2017–2019); see docs/templates.md</c>: each region once, its forms' years joined where they meet. Every form is
    /// in the catalogue now (Hebei's too), so nothing described elsewhere is named beside them.
    /// </summary>
    public string NoFormMessage(string regionName, int year)
    {
        var known = Forms.GroupBy(f => f.Region).Select(g => $"{FormRegionName(g.Key)} {string.Join(", ", Joined(g.Select(f => f.Years)))}").ToArray();
        return $"no template for {regionName} {year} (the schema has: {string.Join(", ", known)}); see docs/templates.md";
    }

    // Year ranges in order, those that meet or overlap joined (2023 and 2024 → 2023–2024).
    private static IEnumerable<FormYears> Joined(IEnumerable<FormYears> years)
    {
        FormYears? open = null;
        foreach (var range in years.OrderBy(y => y.From))
        {
            if (open is { } o && range.From <= o.To + 1)
            {
                open = new FormYears(o.From, Math.Max(o.To, range.To));
                continue;
            }

            if (open is { } done)
            {
                yield return done;
            }

            open = range;
        }

        if (open is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The name of a region prefix, e.g. 上海市 for 31.</summary>
    public static string RegionName(string prefix)
        => AdministrativeDivisions.Find(prefix.PadRight(6, '0'))?.Name ?? prefix;

    // A form of a whole province or city code alone is that level's, not its districts': 上海市本级 for 310000.
    private static string FormRegionName(string prefix)
        => prefix.Length == 6 && prefix.EndsWith("00", StringComparison.Ordinal) ? RegionName(prefix) + "本级" : RegionName(prefix);
}
