using BudgetSdk.Rendering.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BudgetSdk.Rendering.Publishing.Docx;

/// <summary>
/// The 目录 as a Word TOC field (<c>TOC \o "1-2" \h</c>) whose cached result is the composed contents: its group
/// headings as TOC1 lines, each <see cref="ContentsLine"/> as a TOC2 line linked to the bookmark of the heading it
/// names, with its page behind a dotted tab. Word shows the cached lines and rebuilds them from the headings on update.
/// </summary>
internal static class DocxContents
{
    public const string Instruction = " TOC \\o \"1-2\" \\h ";

    /// <summary>The bookmark of the <paramref name="number"/>th bookmarked heading, as DOCX text prints it.</summary>
    public static string Bookmark(int number) => $"_Toc_{number:0000000000}";

    /// <param name="blocks">The contents' headings and lines, the 目录 title first.</param>
    public static IEnumerable<OpenXmlElement> Of(IReadOnlyList<Block> blocks)
    {
        var lines = 0;
        var paragraphs = new List<Paragraph>();
        foreach (var block in blocks.Skip(1))
        {
            paragraphs.Add(block switch
            {
                Heading heading => DocxText.Styled(DocxStyles.Contents1, heading.Text),
                ContentsLine line => Line(line, Bookmark(++lines)),
                _ => throw new InvalidOperationException($"the 目录 holds headings and lines, not {block.GetType().Name}"),
            });
        }

        var title = (Heading)blocks[0];
        yield return DocxText.Styled(DocxStyles.ContentsTitle, title.Text);
        if (paragraphs.Count == 0)
        {
            yield break;
        }

        paragraphs[0].InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), paragraphs[0].ParagraphProperties);
        paragraphs[0].InsertAfter(new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }), paragraphs[0].ChildElements[1]);
        paragraphs[0].InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), paragraphs[0].ChildElements[2]);
        paragraphs[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        foreach (var paragraph in paragraphs)
        {
            yield return paragraph;
        }
    }

    private static Paragraph Line(ContentsLine line, string bookmark)
        => new(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Contents2 }),
            new Hyperlink(DocxText.Run(line.Title + "\t" + line.Page.ToString(System.Globalization.CultureInfo.InvariantCulture))) { Anchor = bookmark, History = true });
}
