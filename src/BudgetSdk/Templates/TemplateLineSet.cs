using System.ComponentModel;

namespace BudgetSdk.Templates;

/// <summary>
/// A fixed set of printed lines of a table template (表样), for one edition and region: for example the 31
/// expense lines of 部门预算收支总表, each tied to the 类 of 支出功能分类 whose total it prints, the rows of the 三公
/// table with the components each sums (<see cref="TemplateLine.Keys"/>), or the glossary terms with their text.
/// </summary>
public sealed class TemplateLineSet
{
    private readonly TemplateLine[] _lines;

    /// <summary>Creates a line set; generated code calls this. A line's <c>Keys</c> may be null for none.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TemplateLineSet(
        string id,
        int edition,
        string? region,
        string title,
        (string Label, string? FunctionalClass, string[]? Keys, string? Text, string? Notes)[] lines,
        string? notes = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Id = id;
        Edition = edition;
        Region = region;
        Title = title;
        Notes = notes;
        _lines = lines.Select(l => new TemplateLine(l.Label, l.FunctionalClass, l.Keys ?? [], l.Text, l.Notes)).ToArray();
    }

    /// <summary>The schema id, e.g. <c>t1-expense</c>.</summary>
    public string Id { get; }

    /// <summary>The edition (budget year).</summary>
    public int Edition { get; }

    /// <summary>A GB/T 2260 prefix (<c>13</c> = 河北省), or null for a national template.</summary>
    public string? Region { get; }

    /// <summary>What the lines are, e.g. 部门预算收支总表 支出项目.</summary>
    public string Title { get; }

    /// <summary>Notes from the schema on the whole set: where its lines come from, what is assumed.</summary>
    public string? Notes { get; }

    /// <summary>The lines in printed order.</summary>
    public IReadOnlyList<TemplateLine> Lines => _lines;

    /// <summary>
    /// The line that stands for <paramref name="key"/>: of the lines whose <see cref="TemplateLine.Keys"/> hold it, the
    /// one with the fewest keys (the first printed on a tie), or null when no line holds it. In 三公 rows, for example,
    /// 公务用车购置费 stands for <c>VehiclePurchase</c> although 合计 and 二、公务用车购置及运维费 sum it too.
    /// </summary>
    public TemplateLine? FindByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        TemplateLine? best = null;
        foreach (var line in _lines)
        {
            if (line.Keys.Contains(key) && (best is null || line.Keys.Count < best.Keys.Count))
            {
                best = line;
            }
        }

        return best;
    }

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
