using System.Text;

namespace BudgetSdk.Testing;

/// <summary>
/// Hostile inputs made from a seed document's text (docs/robustness.md): the shapes a mutation campaign found slow or
/// unreadable, each at a chosen size. Linked into the tests (which assert what each gives) and the benchmarks (which
/// time them at growing sizes), so that both read the same inputs.
/// </summary>
internal static class HostileInputs
{
    /// <summary>The largest figure <see cref="decimal"/> holds: one more digit and it overflows.</summary>
    public const string DecimalMax = "79228162514264337593543950335";

    /// <summary>A figure beyond <see cref="decimal"/> (ten times <see cref="DecimalMax"/>).</summary>
    public const string BeyondDecimal = DecimalMax + "0";

    /// <summary>The first 类 code cell <c>201</c> of the text (T2's row 2) followed by <paramref name="length"/> more characters.</summary>
    public static string LongCodeCell(string seed, int length, char filler = 'x')
        => ReplaceFirstCodeCell(seed, "201", "201" + new string(filler, length));

    /// <summary>The first <c>201</c> code cell followed by <paramref name="count"/> space-separated numbers (1.00 2.00 …).</summary>
    public static string CodeCellThenNumbers(string seed, int count)
    {
        var cell = new StringBuilder("201", count * 6);
        for (var i = 1; i <= count; i++)
        {
            cell.Append(' ').Append(i % 1000).Append(".00");
        }

        return ReplaceFirstCodeCell(seed, "201", cell.ToString());
    }

    /// <summary>The empty code cell of T2's 合计 row filled with a run of <paramref name="length"/> <c>%</c>.</summary>
    public static string PercentRun(string seed, int length)
    {
        var lines = Lines(seed);
        var run = new string('%', length);
        if (FormatOf(seed) == SeedFormat.Docx)
        {
            // One cell per line: the 序号 1, the blank code cell, then 合计.
            var at = Enumerable.Range(0, lines.Length - 2).First(i => lines[i] == "\t1" && lines[i + 1] == "\t" && lines[i + 2] == "\t合计");
            lines[at + 1] = "\t" + run;
            return string.Join('\n', lines);
        }

        var i = FirstRowOf(lines, "合计", 0);
        lines[i] = FormatOf(seed) == SeedFormat.Tab
            ? ReplaceCell(lines[i], 1, run)
            : lines[i].Replace(" 合计", " " + run + " 合计", StringComparison.Ordinal);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// One table page (T3, 部门预算支出总表, from its title to the next table's title) printed again and again, until the
    /// text holds at least <paramref name="characters"/> characters.
    /// </summary>
    public static string RepeatedPage(string seed, int characters)
    {
        var lines = Lines(seed);
        var start = TitleLine(lines, "部门预算支出总表");
        var end = TitleLine(lines, "部门预算财政拨款收支总表");
        var page = string.Join('\n', lines[(start + 1)..end]);
        var text = new StringBuilder(seed.Length + characters);
        text.AppendJoin('\n', lines[..end]).Append('\n');
        while (text.Length < characters)
        {
            text.Append(page).Append('\n');
        }

        return text.AppendJoin('\n', lines[end..]).ToString();
    }

    /// <summary>The first occurrence of <paramref name="printed"/> in the text replaced by <paramref name="hostile"/>.</summary>
    public static string ReplaceFirst(string seed, string printed, string hostile)
    {
        var at = seed.IndexOf(printed, StringComparison.Ordinal);
        return at < 0
            ? throw new InvalidOperationException($"'{printed}' is not in the seed")
            : string.Concat(seed.AsSpan(0, at), hostile, seed.AsSpan(at + printed.Length));
    }

    /// <summary>ASCII digits turned full-width (0 → ０), the rest kept.</summary>
    public static string FullWidthDigits(string text)
        => string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c));

    /// <summary>ASCII digits turned into another script's decimal digits (Arabic-Indic by default: 0 → ٠).</summary>
    public static string OtherDigits(string text, char zero = '\u0660')
        => string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c));

    private static string ReplaceFirstCodeCell(string seed, string code, string cell)
    {
        var lines = Lines(seed);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var replaced = FormatOf(seed) switch
            {
                SeedFormat.Tab when line.Split('\t') is { Length: > 2 } cells && cells[1] == code => ReplaceCell(line, 1, cell),
                SeedFormat.Space when line.Split(' ') is { Length: >= 2 } words && words[1] == code && words[0].All(char.IsAsciiDigit)
                    => words[0] + " " + cell + line[(words[0].Length + 1 + code.Length)..],
                SeedFormat.Docx when line == "\t" + code => "\t" + cell,
                _ => null,
            };
            if (replaced is not null)
            {
                lines[i] = replaced;
                return string.Join('\n', lines);
            }
        }

        throw new InvalidOperationException($"no code cell {code} in the seed");
    }

    private static string ReplaceCell(string line, int index, string cell)
    {
        var cells = line.Split('\t');
        cells[index] = cell;
        return string.Join('\t', cells);
    }

    private static int FirstRowOf(string[] lines, string label, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            var words = lines[i].Split('\t', ' ');
            if (words.Length >= 2 && words[0].Trim() == "1" && words.Skip(1).Any(w => w.Trim() == label))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no row 1 {label} in the seed");
    }

    // A table's own title stands alone on its line (the 目录 prints it with dots or a page number after it).
    private static int TitleLine(string[] lines, string title)
    {
        var i = Array.FindIndex(lines, l => l.Trim().EndsWith(title, StringComparison.Ordinal) && !l.Contains("单位", StringComparison.Ordinal) && l.Trim().Length <= title.Length + 40 && !l.Contains('.', StringComparison.Ordinal));
        return i >= 0 ? i : throw new InvalidOperationException($"no title {title} in the seed");
    }

    private static string[] Lines(string seed) => seed.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static SeedFormat FormatOf(string seed)
    {
        var lines = Lines(seed);
        var docx = lines.Count(l => l.StartsWith('\t') && l.IndexOf('\t', 1) < 0);
        var tab = lines.Count(l => l.Contains('\t', StringComparison.Ordinal)) - docx;
        return docx > tab ? SeedFormat.Docx : tab > 20 ? SeedFormat.Tab : SeedFormat.Space;
    }

    private enum SeedFormat
    {
        Tab,
        Space,
        Docx,
    }
}
