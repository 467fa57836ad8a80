using System.Text;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Publishing.Markdown;

namespace BudgetSdk.Rendering.Publishing;

/// <summary>
/// Writes the whole disclosure as Markdown (CommonMark with GFM pipe tables), from the composed blocks every format
/// prints: the 目录 as a list linking to the tables and sections (no page numbers: Markdown has no pages), the tables and
/// sections as <c>##</c> headings with an HTML anchor each (the slugs renderers make of Chinese titles differ, an
/// explicit id does not), the page header as a line above its table, the empty-table note under it, and the prose.
/// UTF-8 without a byte order mark, <c>\n</c> line ends, a blank line between blocks.
/// </summary>
internal static class MarkdownPublisher
{
    public static void Write(Disclosure disclosure, Stream output)
    {
        var blocks = DocumentComposer.Compose(disclosure, new TextLayoutOptions());
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Text(blocks));
        output.Write(bytes);
    }

    public static string Text(IReadOnlyList<Block> blocks)
    {
        var outline = new Outline(blocks);
        var text = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            // The 目录 is one tight list; every other block stands apart by a blank line.
            if (text.Length > 0 && !(IsContents(blocks[i], outline) && IsContents(blocks[i - 1], outline)))
            {
                text.Append('\n');
            }

            Append(text, blocks[i], outline);
        }

        return text.ToString();
    }

    private static bool IsContents(Block block, Outline outline)
        => block is ContentsLine || (block is Heading heading && outline.RoleOf(heading) == HeadingRole.ContentsGroup);

    private static void Append(StringBuilder text, Block block, Outline outline)
    {
        switch (block)
        {
            case Heading heading:
                AppendHeading(text, heading, outline);
                break;
            case ContentsLine line:
                var anchor = outline.AnchorOf(line.Title);
                var title = MarkdownText.Cell(line.Title);
                text.Append("  - ").Append(anchor is null ? title : $"[{title}](#{anchor})").Append('\n');
                break;
            case Paragraph paragraph:
                AppendParagraphs(text, paragraph.Text);
                break;
            case Grid grid:
                AppendGrid(text, grid);
                break;
        }
    }

    private static void AppendHeading(StringBuilder text, Heading heading, Outline outline)
    {
        var title = MarkdownText.Line(heading.Text);
        _ = outline.RoleOf(heading) switch
        {
            HeadingRole.Part => text.Append("# ").Append(title),
            HeadingRole.ContentsGroup => text.Append("- ").Append(title),
            HeadingRole.Bookmarked => text.Append("## <a id=\"").Append(outline.AnchorOf(heading)).Append("\"></a>").Append(title),
            _ => text.Append("### ").Append(title),
        };
        text.Append('\n');
    }

    // A line break inside a block's text (the 政府采购 notes) is a paragraph of its own.
    private static void AppendParagraphs(StringBuilder text, string paragraph)
        => text.AppendJoin("\n\n", paragraph.Split('\n').Select(MarkdownText.Line)).Append('\n');

    private static void AppendGrid(StringBuilder text, Grid grid)
    {
        if (grid.PageHeader.Count > 0)
        {
            // Ideographic spaces, as the printed header spaces its three parts across the page.
            AppendParagraphs(text, string.Join("　　", grid.PageHeader));
            text.Append('\n');
        }

        MarkdownTable.Append(text, grid);
        if (grid.Note is { } note)
        {
            text.Append('\n');
            AppendParagraphs(text, note);
        }
    }
}
