using BudgetSdk.Rendering.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Prose = BudgetSdk.Rendering.Document.Paragraph;

namespace BudgetSdk.Rendering.Publishing.Docx;

/// <summary>
/// The composed blocks as the document body. The 目录 (the blocks up to its last <see cref="ContentsLine"/>) is a TOC
/// field; a bookmarked heading (a table title or a section) is a Heading2 behind its bookmark, the first unbookmarked
/// heading after the 目录 (第一部分 …情况说明) a Heading1, any other heading a centred table title without outline level;
/// each of the nine tables and the explanatory part start a page; a grid prints its page header lines, its Word table
/// and its note.
/// </summary>
internal static class DocxBody
{
    public static Body Of(IReadOnlyList<Block> blocks)
    {
        var contents = blocks.Select((b, i) => (b, i)).LastOrDefault(x => x.b is ContentsLine).i + 1;
        var body = new Body();
        body.Append(DocxContents.Of(blocks.Take(contents).ToArray()));
        var bookmarks = 0;
        var part = false;
        for (var i = contents; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            switch (blocks[i])
            {
                case Heading { Bookmarked: true } heading:
                    body.Append(Bookmarked(heading.Text, ++bookmarks, pageBreak: next is Grid { Paged: true }));
                    break;
                case Heading heading when !part:
                    part = true;
                    body.Append(DocxText.Styled(DocxStyles.Heading1, heading.Text, pageBreakBefore: true));
                    break;
                case Heading heading:
                    body.Append(DocxText.Styled(DocxStyles.Caption, heading.Text));
                    break;
                case Prose paragraph:
                    body.Append(paragraph.Text.Split('\n').Select(ProseParagraph));
                    break;
                case Grid grid:
                    body.Append(Grid(grid));
                    break;
                case ContentsLine line:
                    body.Append(DocxText.Styled(DocxStyles.Contents2, line.Title));
                    break;
            }
        }

        body.Append(DocxPage.Section());
        return body;
    }

    private static Paragraph ProseParagraph(string text)
        => new(new ParagraphProperties(new Indentation { FirstLine = "640" }, new Justification { Val = JustificationValues.Both }), DocxText.Run(text));

    private static Paragraph Bookmarked(string text, int number, bool pageBreak)
    {
        var id = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var paragraph = DocxText.Styled(DocxStyles.Heading2, text, pageBreak ? JustificationValues.Center : null, pageBreak);
        paragraph.InsertAfter(new BookmarkStart { Id = id, Name = DocxContents.Bookmark(number) }, paragraph.ParagraphProperties);
        paragraph.Append(new BookmarkEnd { Id = id });
        return paragraph;
    }

    private static IEnumerable<OpenXmlElement> Grid(Grid grid)
    {
        if (grid.PageHeader.Count > 0)
        {
            // Left, centre and right tab stops: department, 预算年度, 单位; two lines go left and right.
            IEnumerable<string> parts = grid.PageHeader.Count == 2 ? [grid.PageHeader[0], string.Empty, grid.PageHeader[1]] : grid.PageHeader;
            yield return DocxText.Styled(DocxStyles.PageHeader, string.Join("\t", parts));
        }

        yield return DocxGrid.Of(grid);
        foreach (var line in grid.Note?.Split('\n') ?? [])
        {
            yield return DocxText.Styled(DocxStyles.Cell, line);
        }

        // Word joins two tables that touch; an empty paragraph keeps the next block apart.
        yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Cell }));
    }
}
