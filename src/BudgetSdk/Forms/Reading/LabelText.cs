using System.Text;

namespace BudgetSdk.Forms.Reading;

/// <summary>How printed labels compare: without spaces (Jiangsu prints titles with spaces between characters) and with
/// full-width digits and punctuation as their ASCII forms (１．, （）, ：).</summary>
internal static class LabelText
{
    /// <summary>The text without white space, full-width forms folded.</summary>
    public static string Compact(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                b.Append(Fold(c));
            }
        }

        return b.ToString();
    }

    /// <summary>A label as a document prints it, trimmed, without the spaces a letter-spaced cell puts between Chinese
    /// characters (<c>合 计</c> is 合计; <c>1. 一般公共预算资金</c> and <c>一、货物 A</c> keep theirs).</summary>
    public static string Printed(string label)
    {
        var text = label.Trim();
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && b.Length > 0 && b[^1] > 0x2E7F)
            {
                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < text.Length && text[next] > 0x2E7F)
                {
                    i = next - 1;
                    continue;
                }
            }

            b.Append(text[i]);
        }

        return b.ToString();
    }

    /// <summary>The compact text with, for each of its characters, the column it stands at in the line.</summary>
    public static (string Text, int[] Columns) CompactWithColumns(string line)
    {
        var b = new StringBuilder(line.Length);
        var columns = new List<int>(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsWhiteSpace(line[i]))
            {
                b.Append(Fold(line[i]));
                columns.Add(i);
            }
        }

        return (b.ToString(), columns.ToArray());
    }

    /// <summary>True for a table-of-contents line: dot leaders (……, ……) after the title, or an entry numbered like a list
    /// (<c>1. 2023年部门财务收支预算总表</c>: some years print the contents without leaders; a table's own title is never numbered).</summary>
    public static bool IsContentsLine(string line)
        => line.Contains("……", StringComparison.Ordinal) || line.Contains("....", StringComparison.Ordinal) || line.Contains("···", StringComparison.Ordinal)
            || ContentsNumber.IsMatch(line);

    private static readonly System.Text.RegularExpressions.Regex ContentsNumber =
        new(@"^\s*\d{1,2}\s*[.．、]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static char Fold(char c) => c switch
    {
        >= '！' and <= '～' => (char)(c - 0xFEE0),
        '　' => ' ',
        _ => c,
    };
}
