using System.Text.RegularExpressions;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// The note printed under a table: 注：… (also with the 注 lost from the text layer, ：“科目编码”…), or a line saying the
/// table is empty (此表为空). A note runs over several lines — an item wrapped, numbered items (1. … 2. …) — and ends at
/// two blank lines, a new page or the end of the table; its paragraphs are kept one per line of <see cref="PrintedNote.Text"/>,
/// each item's wrapped lines joined.
/// </summary>
internal static class TableNote
{
    private static readonly Regex Item = new(@"^(?:注[:：]?|\d{1,2}[.．、]|[（(]\d{1,2}[）)])", RegexOptions.CultureInvariant);
    private static readonly Regex Heading = new(@"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)", RegexOptions.CultureInvariant);

    /// <summary>True when a line begins a note.</summary>
    public static bool Begins(string line)
    {
        var compact = LabelText.Compact(line);
        return compact.StartsWith("注:", StringComparison.Ordinal) || compact.StartsWith(":“", StringComparison.Ordinal)
            || (compact.Length <= 12 && compact.Contains("为空", StringComparison.Ordinal));
    }

    /// <summary>Reads the note beginning at <paramref name="start"/>: its paragraphs and the index after its last line.</summary>
    public static (List<string> Paragraphs, int Next) Read(IReadOnlyList<LayoutLine> lines, int start, int end)
    {
        var paragraphs = new List<string> { lines[start].Text.Trim() };
        var blanks = 0;
        var next = start + 1;
        for (var i = start + 1; i < end && !lines[i].StartsPage; i++)
        {
            if (lines[i].IsBlank)
            {
                if (++blanks >= 2)
                {
                    break;
                }

                continue;
            }

            var text = lines[i].Text.Trim();
            var compact = LabelText.Compact(text);
            // A narrative heading, a page number, or the next table's number or title (公开 06 表) ends the note.
            if (Heading.IsMatch(compact) || (text.Length <= 3 && text.All(char.IsAsciiDigit)) || (compact.Length <= 30 && compact.EndsWith('表')))
            {
                break;
            }

            blanks = 0;
            if (Item.IsMatch(compact) || Begins(text))
            {
                paragraphs.Add(text);
            }
            else
            {
                paragraphs[^1] += text;
            }

            next = i + 1;
        }

        return (paragraphs, next);
    }

    /// <summary>The note of paragraphs read, or null when there are none.</summary>
    public static PrintedNote? Of(List<string> paragraphs, int line)
        => paragraphs.Count == 0 ? null : new PrintedNote(string.Join("\n", paragraphs), line);
}
