using System.Text;
using BudgetSdk.Rendering;
using BudgetSdk.Rendering.Document;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = BudgetSdk.Rendering.Document.Block;
using Heading = BudgetSdk.Rendering.Document.Heading;

namespace BudgetSdk.Tests.Rendering.Publishing;

/// <summary>
/// Seed 000's Markdown read back by a CommonMark/GFM parser (Markdig): every composed grid is a pipe table whose cells
/// hold the grid's cells one by one, every table and section is a level-2 heading, and every 目录 link lands on one.
/// What the golden file pins as text, this proves is read as intended.
/// </summary>
public class MarkdownReadBackTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly Lazy<MarkdownDocument> Parsed = new(() => Markdown.Parse(Published.Markdown(), Gfm));

    private static readonly Lazy<IReadOnlyList<Block>> Blocks = new(() => DocumentComposer.Compose(Published.Lulong.Value, new TextLayoutOptions()));

    [Fact]
    public void Every_grid_is_a_pipe_table_with_each_cell_in_its_own_cell()
    {
        var grids = Blocks.Value.OfType<Grid>().ToArray();
        var tables = Parsed.Value.Descendants<Table>().ToArray();

        tables.Length.ShouldBe(grids.Length);
        for (var t = 0; t < grids.Length; t++)
        {
            var expected = Expected(grids[t]);
            var read = tables[t].OfType<TableRow>().Select(r => r.OfType<TableCell>().Select(TextOf).ToArray()).ToArray();
            read.Length.ShouldBe(expected.Count, $"grid {t + 1}");
            for (var r = 0; r < expected.Count; r++)
            {
                read[r].ShouldBe(expected[r], $"grid {t + 1}, row {r + 1}");
            }
        }
    }

    [Fact]
    public void Every_table_and_section_is_a_level_2_heading_and_every_contents_link_lands_on_one()
    {
        var bookmarked = Blocks.Value.OfType<Heading>().Where(h => h.Bookmarked).Select(h => h.Text).ToArray();
        var headings = Parsed.Value.Descendants<HeadingBlock>().Where(h => h.Level == 2).ToArray();
        headings.Select(h => string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()))).ShouldBe(bookmarked);

        var anchors = headings.Select(h => h.Inline!.Descendants<HtmlInline>().First().Tag).ToArray();
        var links = Parsed.Value.Descendants<LinkInline>().Select(l => l.Url!).ToArray();
        links.Length.ShouldBe(bookmarked.Length);
        foreach (var url in links)
        {
            anchors.ShouldContain($"<a id=\"{url.TrimStart('#')}\">");
        }
    }

    // The header row of column names, then the 栏次 row where the grid numbers its columns, then its rows; as wide as
    // the widest, blank where a row is short or a cell merged.
    private static List<string[]> Expected(Grid grid)
    {
        var names = ColumnNames.Of(grid.ColumnHeader);
        var numbered = grid.ColumnHeader.Count > 0 && grid.ColumnHeader[^1].Cells is ["栏次", ..];
        var rows = (numbered ? grid.Rows.Prepend(grid.ColumnHeader[^1]) : grid.Rows).Select(r => r.Cells).ToList();
        var width = rows.Select(r => r.Count).Append(names.Count).Max();
        return rows.Prepend(names).Select(r => Enumerable.Range(0, width).Select(c => c < r.Count ? Lines(r[c]) : string.Empty).ToArray()).ToList();
    }

    private static string Lines(string? cell) => string.Join('\n', (cell ?? string.Empty).Split('\n').Select(l => l.Trim())).Trim();

    private static string TextOf(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var inline in cell.Descendants<Inline>())
        {
            _ = inline switch
            {
                LiteralInline literal => text.Append(literal.Content.ToString()),
                HtmlInline { Tag: "<br>" } => text.Append('\n'),
                _ => text,
            };
        }

        return text.ToString().Trim();
    }
}
