using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Publishing.Markdown;

/// <summary>What a heading is in the Markdown outline.</summary>
internal enum HeadingRole
{
    /// <summary>A part of the document (the 目录's title, 第一部分 …): <c>#</c>.</summary>
    Part,

    /// <summary>A group of the 目录 (部门预算公开表, 情况说明): a list item over its lines.</summary>
    ContentsGroup,

    /// <summary>One of the nine tables or a section: <c>##</c>, with an anchor the 目录 links to.</summary>
    Bookmarked,

    /// <summary>A title inside a section (部门机构设置情况, a 绩效目标表, 政府采购预算): <c>###</c>.</summary>
    Inner,
}

/// <summary>
/// The outline of the composed blocks: each heading's role and, for a table or section, its anchor (<c>t1</c> … for
/// the tables, <c>s1</c> … for the sections, in order). Blocks carry no levels, so the roles are read from what follows
/// a heading: 目录 lines make a group, a grid makes a table, and a heading after a section's own heading is inside it.
/// </summary>
internal sealed class Outline
{
    private readonly Dictionary<Heading, HeadingRole> _roles = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Heading, string> _anchors = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _byTitle = new(StringComparer.Ordinal);

    public Outline(IReadOnlyList<Block> blocks)
    {
        var tables = 0;
        var sections = 0;
        var inSection = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Heading heading)
            {
                continue;
            }

            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (heading.Bookmarked)
            {
                inSection = next is not Grid;
                var anchor = inSection ? $"s{++sections}" : $"t{++tables}";
                _anchors[heading] = anchor;
                _byTitle.TryAdd(heading.Text, anchor);
            }

            _roles[heading] = heading.Bookmarked ? HeadingRole.Bookmarked
                : next is ContentsLine ? HeadingRole.ContentsGroup
                : inSection ? HeadingRole.Inner
                : HeadingRole.Part;
        }
    }

    public HeadingRole RoleOf(Heading heading) => _roles[heading];

    public string? AnchorOf(Heading heading) => _anchors.GetValueOrDefault(heading);

    /// <summary>The anchor of the table or section a 目录 line names; null when the document has no such heading.</summary>
    public string? AnchorOf(string title) => _byTitle.GetValueOrDefault(title);
}
