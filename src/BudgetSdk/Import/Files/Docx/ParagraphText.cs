using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Import.Files.Docx;

/// <summary>
/// A paragraph's visible text: runs' text in order (inside hyperlinks, simple fields and a complex field's result),
/// a tab as a tab, a line break as a new line; a field's instruction, deleted text and bookmarks are not text.
/// </summary>
internal static class ParagraphText
{
    public static string Of(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t when t.Parent is Run:
                    text.Append(t.Text);
                    break;
                case TabChar when element.Parent is Run:
                    text.Append('\t');
                    break;
                case Break { Type: null } or CarriageReturn when element.Parent is Run:
                    text.Append('\n');
                    break;
                case Break br when br.Type!.Value == BreakValues.TextWrapping:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
