using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Rendering.Publishing.Docx;

/// <summary>Paragraphs and runs: a styled paragraph of text, tabs kept as Word tabs, spaces preserved.</summary>
internal static class DocxText
{
    public static Paragraph Styled(string style, string text, JustificationValues? justification = null, bool pageBreakBefore = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        if (justification is { } value)
        {
            properties.Append(new Justification { Val = value });
        }

        return new Paragraph(properties, Run(text));
    }

    /// <summary>A run of text; a tab in the text is a Word tab, so tab stops line the parts up.</summary>
    public static Run Run(string text)
    {
        var run = new Run();
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new TabChar());
            }

            if (parts[i].Length > 0)
            {
                run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }
}
