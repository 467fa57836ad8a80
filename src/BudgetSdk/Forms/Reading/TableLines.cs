using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// A table's lines as its rows are read: the numbers of the form's row number column (序号) blanked, so they are not read as
/// amounts; the line numbering the columns (栏次 1 2 3 …) blanked, so it is not a row; and the header block printed again
/// on each page (Hebei's <c>434 卢龙县人民政府办公室</c> / <c>预算年度：2024</c> / <c>单位：万元</c>, where no form feed marks the
/// page) blanked and taken as a new page, so the column headers after it are skipped as a page's headers.
/// A table laid out by tabs ends at the first line after its header block that prints no tab (a heading, the narrative).
/// Lines keep their numbers and the columns of what stays.
/// </summary>
internal static class TableLines
{
    // How far past the 序号 header's end a row's number may reach (a right-aligned number under a narrow header).
    private const int SerialReach = 2;

    /// <summary>The lines, those from <paramref name="titleIndex"/> up to <paramref name="end"/> prepared as the form says
    /// (the list ends early where a tab-laid table ends).</summary>
    public static IReadOnlyList<LayoutLine> Prepare(IReadOnlyList<LayoutLine> lines, int titleIndex, int headerEnd, int end, FormHeader header, int headerDepth)
    {
        var prepared = lines.ToArray();
        var serialEnd = SerialEnd(lines, titleIndex + 1, Math.Min(end, titleIndex + headerDepth), header);

        // A tab-laid table's header block is every line before its first tabbed one (blank lines between make it longer
        // than the header block's usual depth).
        var firstTabbed = Enumerable.Range(titleIndex + 1, Math.Max(0, Math.Min(end, titleIndex + headerDepth) - titleIndex - 1)).FirstOrDefault(i => i < lines.Count && lines[i].Tabbed, -1);
        var tabbed = firstTabbed >= 0;
        if (tabbed)
        {
            headerEnd = Math.Max(headerEnd, firstTabbed);
        }

        var block = Enumerable.Range(titleIndex + 1, Math.Max(0, headerEnd - titleIndex - 1))
            .Where(i => i < lines.Count && !lines[i].IsBlank)
            .Select(i => lines[i].Text.Trim())
            .ToHashSet(StringComparer.Ordinal);
        var repeating = false;
        for (var i = titleIndex + 1; i < end && i < lines.Count; i++)
        {
            var line = lines[i];
            if (tabbed && i >= headerEnd && !line.Tabbed && !line.IsBlank && !block.Contains(line.Text.Trim()) && !TableNote.Begins(line.Text))
            {
                // A table laid out by tabs ends at the first line that is not: the text after it (a heading, a sentence).
                return prepared[..i];
            }

            if (i >= headerEnd && block.Contains(line.Text.Trim()))
            {
                // The first line of the block repeated starts a page; the rest of it is blank.
                prepared[i] = line with { Text = string.Empty, StartsPage = line.StartsPage || !repeating };
                repeating = true;
                continue;
            }

            if (!line.IsBlank)
            {
                repeating = false;
            }

            if (NumbersColumns(line.Text, header))
            {
                prepared[i] = line with { Text = string.Empty };
            }
            else if (serialEnd is { } at && i >= headerEnd)
            {
                prepared[i] = line with { Text = Unnumbered(line.Text, at) };
            }
        }

        return prepared;
    }

    // The column after the 序号 header, when one of the header lines prints it.
    private static int? SerialEnd(IReadOnlyList<LayoutLine> lines, int from, int to, FormHeader header)
    {
        if (header.Serial.Count == 0)
        {
            return null;
        }

        for (var i = from; i < to && i < lines.Count; i++)
        {
            if (PrintedWords.Runs(PrintedWords.Of(lines[i].Text)).FirstOrDefault(w => header.Serial.Contains(LabelText.Compact(w.Text))) is { } serial)
            {
                return serial.End;
            }
        }

        return null;
    }

    // A line that starts with a column-numbers label followed by whole numbers only (栏次 1 2 3 4).
    private static bool NumbersColumns(string text, FormHeader header)
    {
        var words = PrintedWords.Of(text);
        return words.Count > 1
            && header.ColumnNumbers.Contains(LabelText.Compact(words[0].Text))
            && words.Skip(1).All(w => w.Text.All(char.IsAsciiDigit));
    }

    // The line with its first word blanked when it is a row number standing under the 序号 header.
    private static string Unnumbered(string text, int serialEnd)
    {
        var first = PrintedWords.Of(text).FirstOrDefault();
        return first is not null && first.Text.All(char.IsAsciiDigit) && first.Start < serialEnd && first.End <= serialEnd + SerialReach
            ? new string(' ', first.End) + text[first.End..]
            : text;
    }
}
