using BudgetSdk.Codes;
using BudgetSdk.Tables;

namespace BudgetSdk.Templates;

/// <summary>
/// What a disclosure prints that varies by year and region (表样): T1 income lines, table titles, T9 rows, the
/// procurement fund columns, section headings and the glossary. Every part is a <see cref="TemplateLineSet"/> of
/// the schema, chosen on its own by <see cref="TemplateLineSet.Select"/>, so a county can override one part (e.g.
/// 青龙满族自治县's T9 rows) and inherit the rest from its province.
/// </summary>
public sealed class DisclosureTemplate
{
    /// <summary>The line set ids a disclosure needs; <c>glossary</c> and <c>project-header</c> are optional.</summary>
    public static IReadOnlyList<string> RequiredParts { get; } =
        new[] { "t1-income", "t1-expense", "t2-columns", "t4-income", "t9-rows", "tables", "sections", "procurement-funds", "sentences" };

    // Parts a template may lack: without a glossary none is printed; without a project header every field is printed.
    private static readonly string[] OptionalParts = ["glossary", "project-header"];

    private readonly Dictionary<string, TemplateLineSet> _parts;

    private DisclosureTemplate(int year, string regionCode, Dictionary<string, TemplateLineSet> parts)
    {
        Year = year;
        RegionCode = regionCode;
        _parts = parts;
    }

    /// <summary>The budget year it was selected for.</summary>
    public int Year { get; }

    /// <summary>The 6-digit region it was selected for.</summary>
    public string RegionCode { get; }

    /// <summary>T1 收入 lines: each sums the funding sources named by its keys.</summary>
    public TemplateLineSet T1Income => _parts["t1-income"];

    /// <summary>T1 and T4 支出 lines: one per 类 of 支出功能分类.</summary>
    public TemplateLineSet ExpenseLines => _parts["t1-expense"];

    /// <summary>T2 本年收入 columns: each sums the funding sources named by its keys.</summary>
    public TemplateLineSet T2Columns => _parts["t2-columns"];

    /// <summary>T4 收入 lines (the three 财政拨款 funds).</summary>
    public TemplateLineSet T4Income => _parts["t4-income"];

    /// <summary>T9 rows: each sums the “三公” components named by its keys.</summary>
    public TemplateLineSet T9Rows => _parts["t9-rows"];

    /// <summary>The headings of the explanatory sections (keys S1…S11).</summary>
    public TemplateLineSet Sections => _parts["sections"];

    /// <summary>The sentences of the explanatory sections, keyed by sentence, each text with <c>{placeholders}</c> for the
    /// figures the document quotes (句式).</summary>
    public TemplateLineSet Sentences => _parts["sentences"];

    /// <summary>政府采购预算 fund columns.</summary>
    public TemplateLineSet ProcurementFunds => _parts["procurement-funds"];

    /// <summary>十、名词解释, when the schema has the text for this year.</summary>
    public TemplateLineSet? Glossary => _parts.GetValueOrDefault("glossary");

    /// <summary>The header fields of a 项目绩效目标表 (keys <c>code</c>, <c>budget</c>, <c>plan</c>), when the schema
    /// describes them; a field also keyed <c>optional</c> may be left out (the 2023 form may print no 项目编码).</summary>
    public TemplateLineSet? ProjectHeader => _parts.GetValueOrDefault("project-header");

    /// <summary>Every part, by id.</summary>
    public IReadOnlyDictionary<string, TemplateLineSet> Parts => _parts;

    /// <summary>The printed title of a table, e.g. 部门预算政府性基金预算财政拨款支出表 (2024) or …政府基金… (2023).</summary>
    public string TitleOf(TableId table)
        => _parts["tables"].Lines.First(l => l.Keys.Contains(table.ToString())).Label;

    /// <summary>The heading of a section, e.g. S3 → 三、机关运行经费安排情况.</summary>
    public string HeadingOf(int section)
        => Sections.Lines.First(l => l.Keys.Contains("S" + section.ToString(System.Globalization.CultureInfo.InvariantCulture))).Label;

    /// <summary>True when the form may leave this 项目绩效目标表 header field out (<c>code</c>, <c>budget</c>, <c>plan</c>).</summary>
    /// <param name="field">The field's key in the <c>project-header</c> part.</param>
    public bool MayOmitProjectField(string field)
        => ProjectHeader?.Lines.Any(l => l.Keys.Contains(field) && l.Keys.Contains("optional")) ?? false;

    /// <summary>Selects the template of a budget year and region from the schema's line sets.</summary>
    /// <param name="year">The budget year.</param>
    /// <param name="regionCode">The 6-digit region code.</param>
    /// <param name="template">The template, when every required part exists.</param>
    /// <param name="missing">The ids of the parts the schema lacks for this year and region.</param>
    public static bool TrySelect(int year, string regionCode, out DisclosureTemplate? template, out IReadOnlyList<string> missing)
        => TrySelect(LineSets.All, year, regionCode, out template, out missing);

    /// <summary>Selects a template from the given line sets (for schemas of your own).</summary>
    public static bool TrySelect(IEnumerable<TemplateLineSet> sets, int year, string regionCode, out DisclosureTemplate? template, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(regionCode);
        var all = sets.ToArray();
        var parts = new Dictionary<string, TemplateLineSet>(StringComparer.Ordinal);
        foreach (var id in RequiredParts.Concat(OptionalParts))
        {
            if (TemplateLineSet.Select(all, id, year, regionCode) is { } set)
            {
                parts[id] = set;
            }
        }

        missing = RequiredParts.Where(id => !parts.ContainsKey(id)).ToArray();
        template = missing.Count == 0 ? new DisclosureTemplate(year, regionCode, parts) : null;
        return template is not null;
    }
}
