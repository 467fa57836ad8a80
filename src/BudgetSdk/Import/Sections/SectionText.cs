using System.Text;
using System.Text.RegularExpressions;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Sections;

/// <summary>
/// The prose of a section as one string, with each character's line. Space-separated PDF text wraps sentences at the
/// page width (<c>政府性基</c> / <c>金预算收入</c>), so its lines are joined with nothing between them, except that a
/// numbered sub-heading (（二）…, 2、…) starts a paragraph of its own; in the other formats a line is a paragraph and a
/// line break ends a sentence.
/// </summary>
internal sealed partial class SectionText
{
    private readonly List<(int Offset, int Line)> _starts;
    private (int Start, int End, string Text)? _sentence;

    private SectionText(string text, List<(int Offset, int Line)> starts)
    {
        Text = text;
        _starts = starts;
    }

    public string Text { get; }

    public static SectionText Of(IEnumerable<SourceRow> rows, TextFormat format)
    {
        var separator = format == TextFormat.SpaceSeparated ? string.Empty : "\n";
        var builder = new StringBuilder();
        var starts = new List<(int, int)>();
        var afterHeading = false;
        foreach (var row in rows)
        {
            // Tables inside a section (units, procurement, assets) are not prose. Nor is a page number, which
            // space-separated text leaves between the lines of a sentence: joined in, it would glue onto an amount
            // (项目支出3 / 17 / 36.11万元).
            if (row.SingleText is not { } text || (format == TextFormat.SpaceSeparated && PageNumber().IsMatch(text)))
            {
                continue;
            }

            var heading = SubHeading().IsMatch(text);
            if (builder.Length > 0)
            {
                builder.Append(heading || afterHeading ? "\n" : separator);
            }

            starts.Add((builder.Length, row.Line));
            builder.Append(text);
            afterHeading = heading;
        }

        return new SectionText(builder.ToString(), starts);
    }

    /// <summary>The 1-based line of the character at an offset.</summary>
    public int LineAt(int offset)
    {
        var low = 0;
        var high = _starts.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_starts[mid].Offset <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return _starts.Count == 0 ? 0 : _starts[low].Line;
    }

    /// <summary>The sentence around an offset: from after the previous full stop (or line break) to its own.</summary>
    public string SentenceAt(int offset) => Sentence(offset).Text;

    /// <summary>Where the sentence around an offset starts: two offsets in one sentence give the same start.</summary>
    public int SentenceStartAt(int offset) => Sentence(offset).Start;

    // Readers ask for the sentences of amounts in document order, often several in one sentence: the last one is kept,
    // so that a long sentence (space-separated text joins a page's lines) is neither scanned nor copied per amount.
    private (int Start, int End, string Text) Sentence(int offset)
    {
        if (_sentence is { } last && offset >= last.Start && offset < last.End)
        {
            return last;
        }

        var start = Text.LastIndexOfAny(SentenceEnds, Math.Max(offset - 1, 0)) + 1;
        var end = Text.IndexOfAny(SentenceEnds, offset);
        end = end < 0 ? Text.Length : end + 1;
        _sentence = (start, end, Text[start..end].Trim());
        return _sentence.Value;
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '\n'];

    [GeneratedRegex(@"^[0-9]{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^([（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}、)")]
    private static partial Regex SubHeading();
}
