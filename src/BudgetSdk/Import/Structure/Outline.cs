using BudgetSdk.Import.Text;
using BudgetSdk.Tables;

namespace BudgetSdk.Import.Structure;

/// <summary>The rows under one title: a table, a schedule, or 部门机构设置情况.</summary>
/// <param name="Title">The title as printed.</param>
/// <param name="Line">The 1-based line of the title.</param>
/// <param name="Rows">The rows after the title up to the next title, heading or note.</param>
internal sealed record Region(string Title, int Line, List<SourceRow> Rows)
{
    /// <summary>The note printed under it (注：…), if any.</summary>
    public string? Note { get; set; }
}

/// <summary>
/// The document divided once, in one pass: the region of each table (its first occurrence: a document pasted twice
/// reads as once), 部门机构设置情况, and the rows of each explanatory section. Each row is looked at a constant
/// number of times, so very large input stays linear.
/// </summary>
internal sealed class Outline
{
    private Outline()
    {
    }

    public Dictionary<TableId, Region> Tables { get; } = new();

    public Region? Units { get; private set; }

    /// <summary>The rows of each section (1–11), heading excluded.</summary>
    public Dictionary<int, List<SourceRow>> Sections { get; } = new();

    /// <summary>The heading row of each section found (1–11).</summary>
    public Dictionary<int, SourceRow> SectionHeadings { get; } = new();

    /// <summary>The line of the last title or heading: a table whose title is the last landmark may have been cut off.</summary>
    public int LastLandmarkLine { get; private set; }

    /// <summary>The T1–T9 regions in printed order.</summary>
    public IEnumerable<(TableId Id, Region Region)> NineTables
        => Tables.Where(t => t.Key <= TableId.T9).OrderBy(t => t.Value.Line).Select(t => (t.Key, t.Value));

    public static Outline Of(IReadOnlyList<SourceRow> rows, IReadOnlyDictionary<string, TableId> extraTitles)
    {
        var outline = new Outline();
        Region? current = null;
        var section = 0;
        List<SourceRow>? sectionRows = null;
        foreach (var row in rows)
        {
            if (Landmarks.Title(row, extraTitles) is { } title)
            {
                current = outline.Open(title.Kind, title.Id, row);
                outline.LastLandmarkLine = row.Line;
                continue;
            }

            if (Landmarks.Section(row, section) is { } number)
            {
                section = number;
                sectionRows = new List<SourceRow>();
                outline.Sections[number] = sectionRows;
                outline.SectionHeadings[number] = row;
                current = null;
                outline.LastLandmarkLine = row.Line;
                continue;
            }

            if (section == 0 && Landmarks.IsExplanationTitle(row))
            {
                current = null;
            }

            sectionRows?.Add(row);
            if (current is null)
            {
                continue;
            }

            if (Landmarks.IsNote(row))
            {
                current.Note ??= row.Text;
                current = null;
            }
            else
            {
                current.Rows.Add(row);
            }
        }

        return outline;
    }

    private Region? Open(RegionKind kind, TableId id, SourceRow row)
    {
        var region = new Region(row.SingleText ?? row.Text, row.Line, new List<SourceRow>());
        if (kind == RegionKind.Units)
        {
            if (Units is not null)
            {
                return null;
            }

            Units = region;
            return region;
        }

        return Tables.TryAdd(id, region) ? region : null;
    }
}
