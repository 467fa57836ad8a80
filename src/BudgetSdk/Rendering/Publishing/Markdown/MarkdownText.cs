using System.Text;

namespace BudgetSdk.Rendering.Publishing.Markdown;

/// <summary>
/// Text as CommonMark reads it literally: the punctuation that could start emphasis, code, a link, HTML or an entity is
/// backslash-escaped, and so is what would make a line a heading, a list item or a quote. The disclosure's text is free
/// (a department's 职责, an indicator's 依据), so nothing in it may turn into markup.
/// </summary>
internal static class MarkdownText
{
    private const string Inline = "\\`*_[]<>&|~";

    /// <summary>A line of prose or a heading's text.</summary>
    public static string Line(string text)
    {
        var escaped = Escape(text);
        return OpensBlock(escaped) ? "\\" + escaped : escaped;
    }

    /// <summary>A table cell: no line may end inside it, so a line break is an HTML <c>&lt;br&gt;</c>.</summary>
    public static string Cell(string? text)
        => string.Join("<br>", (text ?? string.Empty).Split('\n').Select(l => Escape(l.Trim())));

    private static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Inline.Contains(c, StringComparison.Ordinal))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    // A line starting '#', '-', '+', '=' or '1.' / '1)' would be a heading, list item or setext underline.
    private static bool OpensBlock(string line)
    {
        if (line.Length == 0)
        {
            return false;
        }

        if (line[0] is '#' or '-' or '+' or '=')
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' or ')';
    }
}
