using System.ComponentModel;

namespace BudgetSdk.Templates;

/// <summary>
/// A fixed set of printed lines of a table template (表样), for one edition and region: for example the 31
/// expense lines of 部门预算收支总表, each tied to the 类 of 支出功能分类 whose total it prints.
/// </summary>
public sealed class TemplateLineSet
{
    private readonly TemplateLine[] _lines;

    /// <summary>Creates a line set; generated code calls this.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TemplateLineSet(string id, int edition, string? region, string title, (string Label, string? FunctionalClass, string? Notes)[] lines)
    {
        Id = id;
        Edition = edition;
        Region = region;
        Title = title;
        _lines = lines.Select(l => new TemplateLine(l.Label, l.FunctionalClass, l.Notes)).ToArray();
    }

    /// <summary>The schema id, e.g. <c>t1-expense</c>.</summary>
    public string Id { get; }

    /// <summary>The edition (budget year).</summary>
    public int Edition { get; }

    /// <summary>A GB/T 2260 prefix (<c>13</c> = 河北省), or null for a national template.</summary>
    public string? Region { get; }

    /// <summary>What the lines are, e.g. 部门预算收支总表 支出项目.</summary>
    public string Title { get; }

    /// <summary>The lines in printed order.</summary>
    public IReadOnlyList<TemplateLine> Lines => _lines;

    /// <summary>
    /// The line set with <paramref name="id"/> for a budget year and a 6-digit region code: the newest edition not
    /// after the year, and among those the most specific region that is a prefix of the code (national last).
    /// </summary>
    public static TemplateLineSet? Select(IEnumerable<TemplateLineSet> sets, string id, int year, string regionCode)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(regionCode);
        return sets
            .Where(s => s.Id == id && s.Edition <= year && (s.Region is null || regionCode.StartsWith(s.Region, StringComparison.Ordinal)))
            .OrderByDescending(s => s.Edition)
            .ThenByDescending(s => s.Region?.Length ?? 0)
            .FirstOrDefault();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Id} {Edition} {Region ?? "national"})";
}

/// <summary>One printed line of a template.</summary>
/// <param name="Label">The label as printed, e.g. 一、一般公共服务支出.</param>
/// <param name="FunctionalClass">The 类 code of 支出功能分类 behind the line, or null when the line has none (e.g. 人行科目).</param>
/// <param name="Notes">Notes from the schema.</param>
public sealed record TemplateLine(string Label, string? FunctionalClass, string? Notes);
