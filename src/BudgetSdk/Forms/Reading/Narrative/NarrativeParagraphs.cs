using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetSdk.Forms.Reading.Narrative;

/// <summary>
/// Splits <c>pdftotext -layout</c> text into paragraphs of running text. A sentence wraps at the page width with the
/// next line unindented (<c>…（项）”887.36万</c> / <c>元，主要用于…</c>), so lines are joined until a new paragraph starts:
/// an indented line after a sentence end, a numbered item (<c>7.</c>, <c>（三）</c>, <c>二、</c>), a centred heading or table
/// title, a blank line. Table rows (cells apart by runs of spaces) belong to no paragraph, so they quote nothing.
/// </summary>
internal static partial class NarrativeParagraphs
{
    /// <summary>Leading spaces from which a line is a centred heading or table title rather than an indented sentence.</summary>
    private const int HeadingIndent = 8;

    public static IReadOnlyList<NarrativeParagraph> Split(IReadOnlyList<string> lines)
    {
        var paragraphs = new List<NarrativeParagraph>();
        var text = new StringBuilder();
        var starts = new List<int>();
        var first = 0;
        int? item = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i].Replace("\f", string.Empty, StringComparison.Ordinal).TrimEnd('\r', ' ', '\t', '\u3000');
            var trimmed = raw.TrimStart(' ', '\t', '\u3000');
            if (trimmed.Length == 0 || IsTableRow(trimmed))
            {
                Close();
                continue;
            }

            var indent = raw.Length - trimmed.Length;
            var heading = indent >= HeadingIndent;
            var opens = text.Length == 0
                || heading
                || Numbered().IsMatch(trimmed)
                || (indent > 0 && EndsSentence(text[^1]));
            if (opens)
            {
                Close();
                first = i + 1;
                var number = ItemNumber().Match(trimmed);
                item = number.Success ? int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            }

            starts.Add(text.Length);
            text.Append(trimmed);
            if (heading)
            {
                // A heading or title is a paragraph of its own: the text under it never continues it.
                Close();
            }
        }

        Close();
        return paragraphs;

        void Close()
        {
            if (text.Length > 0)
            {
                paragraphs.Add(new NarrativeParagraph(paragraphs.Count, text.ToString(), starts.ToArray(), first, item));
            }

            text.Clear();
            starts.Clear();
            item = null;
        }
    }

    private static bool EndsSentence(char c) => c is '。' or '；' or '：' or '！' or '？' or ';' or ':';

    /// <summary>Cells of a table row stand apart by three spaces or more; running text never does.</summary>
    private static bool IsTableRow(string trimmed) => trimmed.Contains("   ", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(\d{1,3})[.．、](?!\d)")]
    private static partial Regex ItemNumber();
}
