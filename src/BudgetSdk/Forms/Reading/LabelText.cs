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
