using System.Text;

namespace BudgetSdk.Rendering.Publishing.Html;

/// <summary>
/// Escapes text for HTML element content and attribute values. Only the five XML-special characters are replaced, so
/// the Chinese stays readable in the file and the output parses as XML as well as HTML.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Escaped text whose line breaks (an entry per line in a cell or paragraph) print as <c>&lt;br/&gt;</c>.</summary>
    public static string Lines(string text) => string.Join("<br/>", text.Split('\n').Select(Escape));
}
