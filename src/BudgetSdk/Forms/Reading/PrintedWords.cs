using System.Globalization;

namespace BudgetSdk.Forms.Reading;

/// <summary>A run of printing characters of a line and where it stands.</summary>
/// <param name="Text">The characters.</param>
/// <param name="Start">The column of its first character.</param>
/// <param name="Amount">The amount it prints, when it is one (<c>31,214,205.80</c>, <c>164978640</c>, <c>0.00</c>).</param>
internal sealed record PrintedWord(string Text, int Start, decimal? Amount)
{
    /// <summary>The column after its last character.</summary>
    public int End => Start + Text.Length;

    /// <summary>Its middle column, where a centred header or a right-aligned amount is compared.</summary>
    public double Centre => Start + (Text.Length / 2.0);
}

/// <summary>Splits a printed line into words and runs of label text, telling amounts from text.</summary>
internal static class PrintedWords
{
    // An amount longer than this is no amount (a run of digits in a hostile text): decimal.Parse would overflow.
    private const int MaxAmountLength = 24;

    /// <summary>The words of a line (runs separated by white space), amounts parsed.</summary>
    public static List<PrintedWord> Of(string line)
    {
        var words = new List<PrintedWord>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                var text = line[start..i];
                words.Add(new PrintedWord(text, start, ParseAmount(text)));
            }
        }

        return words;
    }

    /// <summary>Joins neighbouring text words separated by one space (1. 一般公共预算资金), or letter-spaced single characters
    /// (合   计), into one label run; amounts stay words of their own.</summary>
    public static List<PrintedWord> Runs(IEnumerable<PrintedWord> words)
    {
        var runs = new List<PrintedWord>();
        PrintedWord? previous = null;
        foreach (var w in words)
        {
            var spaced = previous is not null && IsSingleCharacter(previous) && IsSingleCharacter(w) && w.Start - previous.End <= LetterSpacing;
            previous = w;
            if (w.Amount is null && runs.Count > 0 && runs[^1].Amount is null && (w.Start - runs[^1].End <= 1 || spaced))
            {
                var last = runs[^1];
                runs[^1] = last with { Text = last.Text + " " + w.Text };
            }
            else
            {
                runs.Add(w);
            }
        }

        return runs;
    }

    // Letter-spaced cells (合   计, 金   额) put up to this many spaces between their characters.
    private const int LetterSpacing = 4;

    private static bool IsSingleCharacter(PrintedWord w) => w.Text.Length == 1 && w.Text[0] > 0x2E7F;

    /// <summary>The amount a word prints: digits with optional thousands separators and decimals, optionally negative.</summary>
    public static decimal? ParseAmount(string text)
    {
        if (text.Length == 0 || text.Length > MaxAmountLength)
        {
            return null;
        }

        var digits = 0;
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c == ',' && k > 0) && !(c == '.' && k > 0) && !(c == '-' && k == 0))
            {
                return null;
            }
        }

        if (digits == 0 || text.EndsWith(',') || text.EndsWith('.') || text.Count(c => c == '.') > 1)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
