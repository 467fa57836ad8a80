using System.Text.RegularExpressions;

namespace BudgetSdk.Import.Text;

/// <summary>
/// Removes what converters insert into the text and no reader of the document sees: DOCX bookmark markers,
/// markdown bold marks, <c>page number</c> placeholders and quote characters left without a partner.
/// </summary>
internal static partial class LineCleaner
{
    /// <summary>Splits text into lines on \r\n, \n, \r and form feeds (a PDF page break is a line break too).</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Length / 40 + 1);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\f' or '\v')
            {
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    /// <summary>The line as the document prints it: markers gone, white space at the ends kept (tabs and indents carry the layout).</summary>
    public static string Clean(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        if (line.Contains("[bookmark", StringComparison.Ordinal))
        {
            line = Bookmark().Replace(line, string.Empty);
        }

        if (line.Contains("**", StringComparison.Ordinal))
        {
            line = line.Replace("**", string.Empty, StringComparison.Ordinal);
        }

        if (line.Contains("page", StringComparison.OrdinalIgnoreCase))
        {
            line = PageNumber().Replace(line, string.Empty);
        }

        return line.Contains('"', StringComparison.Ordinal) ? WithoutStrayQuotes(line) : line;
    }

    /// <summary>A cell or line without a quote at either end that has no partner inside it.</summary>
    public static string WithoutStrayQuotes(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.All(c => c == '"'))
        {
            return string.Empty;
        }

        var quotes = trimmed.Count(c => c == '"');
        if (quotes % 2 == 1)
        {
            // Of the two ends, drop the quote that sits there; a quote in the middle of an odd count stays.
            if (trimmed[0] == '"')
            {
                return text.Replace(trimmed, trimmed[1..], StringComparison.Ordinal);
            }

            if (trimmed[^1] == '"')
            {
                return text.Replace(trimmed, trimmed[..^1], StringComparison.Ordinal);
            }
        }

        return text;
    }

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"(?i)\{?\s*page\s*number\s*\}?")]
    private static partial Regex PageNumber();
}
