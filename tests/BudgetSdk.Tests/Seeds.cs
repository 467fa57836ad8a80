using System.Text.RegularExpressions;

namespace BudgetSdk.Tests;

/// <summary>Which code system a printed code belongs to, judged from its shape.</summary>
public enum PrintedCodeKind
{
    /// <summary>支出功能分类: 3, 5 or 7 digits starting with 2.</summary>
    Functional,

    /// <summary>部门预算支出经济分类: 3 or 5 digits starting with 30, 31 or 39.</summary>
    DepartmentEconomic,
}

/// <summary>A code as printed in a seed document, with the name printed next to it.</summary>
/// <param name="Code">The code cell, e.g. 2010301.</param>
/// <param name="Name">The name cell as printed (wrapped lines joined), e.g. 行政运行.</param>
/// <param name="Line">The 1-based line of the code cell in the seed file, for messages.</param>
public sealed record PrintedCode(string Code, string Name, int Line)
{
    /// <summary>The code system the code belongs to.</summary>
    public PrintedCodeKind Kind => Seeds.KindOf(Code)
        ?? throw new InvalidOperationException($"'{Code}' is not a code");

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name} (line {Line})";
}

/// <summary>
/// The real seed documents (three 2024 Hebei department budget disclosures) and the extraction of the
/// (code, printed name) pairs from their code columns.
/// </summary>
public static partial class Seeds
{
    /// <summary>The seed ids: 000 is tab-separated text, 001 space-separated PDF text, 002 DOCX text.</summary>
    public static readonly string[] Ids = ["000", "001", "002"];

    private static readonly Lazy<string> SeedDirectoryLazy = new(LocateSeedDirectory);

    /// <summary>The directory of the repository (the one holding BudgetSdk.sln).</summary>
    public static string RepositoryRoot => BudgetSdk.Testing.RepositoryLayout.Root;

    /// <summary>The seed directory, ../shared/seeds relative to the repository root.</summary>
    public static string SeedDirectory => SeedDirectoryLazy.Value;

    /// <summary>The path of the seed with the given id (its file name starts with the id and an underscore).</summary>
    public static string PathOf(string id)
    {
        var matches = Directory.GetFiles(SeedDirectory, id + "_*.txt");
        if (matches.Length != 1)
        {
            throw new InvalidOperationException(
                $"expected exactly one seed file '{id}_*.txt' in {SeedDirectory}, found {matches.Length}");
        }

        return matches[0];
    }

    /// <summary>The lines of a seed, without line terminators.</summary>
    public static string[] ReadLines(string id) => File.ReadAllLines(PathOf(id));

    /// <summary>The code system of a printed code, or null when the text is not shaped like a code.</summary>
    public static PrintedCodeKind? KindOf(string text)
        => FunctionalShape().IsMatch(text) ? PrintedCodeKind.Functional
            : EconomicShape().IsMatch(text) ? PrintedCodeKind.DepartmentEconomic
            : null;

    /// <summary>Every (code, printed name) pair of a seed's code columns, in document order.</summary>
    public static IReadOnlyList<PrintedCode> ExtractCodes(string id) => id switch
    {
        "000" => ExtractTabSeparated(ReadLines(id)),
        "001" => ExtractSpaceSeparated(ReadLines(id)),
        "002" => ExtractDocxCells(ReadLines(id)),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "unknown seed"),
    };

    /// <summary>
    /// Seed 000: rows of <c>序号\tcode\tname\t…</c>. Only a row whose first cell is a serial number and whose
    /// second cell is shaped like a code counts, so amounts in other columns are never taken.
    /// </summary>
    public static IReadOnlyList<PrintedCode> ExtractTabSeparated(IReadOnlyList<string> lines)
    {
        var result = new List<PrintedCode>();
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Split('\t');
            if (cells.Length >= 3 && Serial().IsMatch(cells[0]) && KindOf(cells[1]) is not null)
            {
                result.Add(new PrintedCode(cells[1], cells[2].Trim(), i + 1));
            }
        }

        return result;
    }

    /// <summary>
    /// Seed 001: rows of <c>序号 code name amounts…</c> separated by spaces; a long name is wrapped onto the
    /// following lines (blank lines between), ending where the amounts start. The pieces are joined.
    /// </summary>
    public static IReadOnlyList<PrintedCode> ExtractSpaceSeparated(IReadOnlyList<string> lines)
    {
        var result = new List<PrintedCode>();
        for (var i = 0; i < lines.Count; i++)
        {
            var row = SpaceRow().Match(lines[i]);
            if (!row.Success || KindOf(row.Groups["code"].Value) is null)
            {
                continue;
            }

            var name = new List<string>();
            var complete = TakeNameTokens(row.Groups["rest"].Value, name);
            for (var j = i + 1; !complete && j < lines.Count; j++)
            {
                var text = lines[j].Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (SpaceRow().IsMatch(lines[j]))
                {
                    break;
                }

                complete = TakeNameTokens(text, name);
            }

            result.Add(new PrintedCode(row.Groups["code"].Value, string.Concat(name), i + 1));
        }

        return result;
    }

    /// <summary>
    /// Seed 002: DOCX text with one table cell per line, each starting with a tab, and a blank line between
    /// rows. A row whose second cell is shaped like a code gives (code cell, name cell).
    /// </summary>
    public static IReadOnlyList<PrintedCode> ExtractDocxCells(IReadOnlyList<string> lines)
    {
        var result = new List<PrintedCode>();
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            var rowStart = i < 2 || lines[i - 2].Trim().Length == 0;
            if (rowStart
                && lines[i - 1].StartsWith('\t') && Serial().IsMatch(lines[i - 1].Trim())
                && lines[i].StartsWith('\t') && KindOf(lines[i].Trim()) is not null
                && lines[i + 1].StartsWith('\t'))
            {
                result.Add(new PrintedCode(lines[i].Trim(), lines[i + 1].Trim(), i + 1));
            }
        }

        return result;
    }

    /// <summary>
    /// The expense labels (支出 项目 column) of seed 000's 部门预算收支总表, in printed order: the rows whose
    /// fourth cell starts with a Chinese ordinal (一、 … 三十一、).
    /// </summary>
    public static IReadOnlyList<string> T1ExpenseLabels() => T1OrdinalLabels(3);

    /// <summary>
    /// The income labels (收入 项目 column) of seed 000's 部门预算收支总表, in printed order: the rows whose second
    /// cell starts with a Chinese ordinal (一、一般公共预算拨款收入 … 五、单位资金).
    /// </summary>
    public static IReadOnlyList<string> T1IncomeLabels() => T1OrdinalLabels(1);

    /// <summary>
    /// The 项目 labels of a seed's 部门预算财政拨款“三公”经费支出表, in printed order, trimmed; a label the PDF text
    /// wraps over several lines (seed 001) is joined.
    /// </summary>
    public static IReadOnlyList<string> T9Labels(string id)
    {
        const string Title = "部门预算财政拨款“三公”经费支出表";
        var lines = ReadLines(id);

        // The table of contents prints the title with dots or a page number after it; the table's own title stands alone.
        var start = Array.FindIndex(lines, l => WithoutBookmark(l) == Title);
        if (start < 0)
        {
            throw new InvalidOperationException($"{Title} not found in {PathOf(id)}");
        }

        return id switch
        {
            "000" => TabRowLabels(lines, start + 1),
            "001" => SpaceRowLabels(lines, start + 1),
            "002" => DocxRowLabels(lines, start + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, "unknown seed"),
        };
    }

    /// <summary>
    /// The entries of a seed's 目录 (table of contents), in order, without the dots and page numbers: the nine table
    /// titles, then the eleven section headings. Seeds 000 and 002 print one; 001 has none.
    /// </summary>
    public static IReadOnlyList<string> Contents(string id)
    {
        var entries = new List<string>();
        foreach (var line in ReadLines(id))
        {
            var entry = ContentsEntry().Match(line);
            if (entry.Success)
            {
                entries.Add(entry.Groups["title"].Value.Trim());
            }
            else if (entries.Count > 0 && line.Trim().Length > 0 && !line.Contains('\t', StringComparison.Ordinal) && WithoutBookmark(line) == entries[0])
            {
                // The first table's own title: the contents are over.
                break;
            }
        }

        return entries;
    }

    /// <summary>
    /// The (term, definition) pairs of a seed's 十、名词解释, in printed order: the number (1、) and the markdown
    /// <c>**</c> that seed 000's converter added are left out.
    /// </summary>
    public static IReadOnlyList<(string Term, string Definition)> Glossary(string id)
    {
        var lines = ReadLines(id);
        var start = Array.FindIndex(lines, l => WithoutBookmark(l) == "十、名词解释");
        var end = Array.FindIndex(lines, Math.Max(start, 0), l => WithoutBookmark(l) == "十一、其他需要说明的事项");
        if (start < 0 || end < 0)
        {
            throw new InvalidOperationException($"十、名词解释 not found in {PathOf(id)}");
        }

        var entries = new List<(string, string)>();
        for (var i = start + 1; i < end; i++)
        {
            var entry = GlossaryEntry().Match(lines[i].Replace("**", string.Empty, StringComparison.Ordinal).Trim());
            if (entry.Success)
            {
                entries.Add((entry.Groups["term"].Value, entry.Groups["definition"].Value));
            }
            else if (lines[i].Trim().Length > 0)
            {
                throw new InvalidOperationException($"line {i + 1} of {PathOf(id)} is no glossary entry: {lines[i]}");
            }
        }

        return entries;
    }

    /// <summary>A label without its Chinese ordinal: 一、一般公共服务支出 → 一般公共服务支出.</summary>
    public static string WithoutOrdinal(string label) => ChineseOrdinal().Replace(label, string.Empty);

    /// <summary>
    /// The (一级指标, 二级指标) pairs used in seed 000's project performance tables; an empty 一级 cell
    /// continues the one above.
    /// </summary>
    public static IReadOnlyList<(string First, string Second)> IndicatorTierPairs()
    {
        var pairs = new List<(string, string)>();
        var inTable = false;
        var first = string.Empty;
        foreach (var line in ReadLines("000"))
        {
            var cells = line.Split('\t');
            if (cells.Length >= 2 && cells[0] == "一级指标" && cells[1] == "二级指标")
            {
                inTable = true;
                first = string.Empty;
                continue;
            }

            if (line.Trim().Length == 0)
            {
                inTable = false;
                continue;
            }

            if (!inTable || cells.Length < 2 || cells[1].Trim().Length == 0)
            {
                continue;
            }

            if (cells[0].Trim().Length > 0)
            {
                first = cells[0].Trim();
            }

            pairs.Add((first, cells[1].Trim()));
        }

        return pairs;
    }

    private static IReadOnlyList<string> T1OrdinalLabels(int column)
    {
        var lines = ReadLines("000");

        // The table of contents prints the title too, followed by dots and a page number; the table's own title is a line by itself.
        var start = Array.FindIndex(lines, l => l.Trim() == "部门预算收支总表");
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "部门预算收入总表");
        if (start < 0 || end < 0)
        {
            throw new InvalidOperationException($"部门预算收支总表 not found in {PathOf("000")}");
        }

        var labels = new List<string>();
        for (var i = start + 1; i < end; i++)
        {
            var cells = lines[i].Split('\t');
            if (cells.Length > column && Serial().IsMatch(cells[0]) && ChineseOrdinal().IsMatch(cells[column]))
            {
                labels.Add(cells[column].Trim());
            }
        }

        return labels;
    }

    /// <summary>Seed 000: <c>序号\t项目\t…</c> rows up to the blank line that ends the table.</summary>
    private static List<string> TabRowLabels(string[] lines, int from)
    {
        var labels = new List<string>();
        for (var i = from; i < lines.Length && !(labels.Count > 0 && lines[i].Trim().Length == 0); i++)
        {
            var cells = lines[i].Split('\t');
            if (cells.Length >= 2 && Serial().IsMatch(cells[0]))
            {
                labels.Add(cells[1].Trim());
            }
        }

        return labels;
    }

    /// <summary>
    /// Seed 001: <c>序号 项目 amounts…</c> rows after the 栏次 line; a label without amounts may go on over the next
    /// lines (blank lines between) until the next row. The table ends at the 第一部分 heading that follows it.
    /// </summary>
    private static List<string> SpaceRowLabels(string[] lines, int from)
    {
        var labels = new List<string>();
        var i = Array.FindIndex(lines, from, l => l.StartsWith("栏次", StringComparison.Ordinal)) + 1;
        while (i > 0 && i < lines.Length && !lines[i].StartsWith("第一部分", StringComparison.Ordinal))
        {
            var row = SerialRow().Match(lines[i].Trim());
            i++;
            if (!row.Success)
            {
                continue;
            }

            var name = new List<string>();
            var complete = TakeNameTokens(row.Groups["rest"].Value, name);
            for (; !complete && i < lines.Length && !SerialRow().IsMatch(lines[i].Trim()) && !lines[i].StartsWith("第一部分", StringComparison.Ordinal); i++)
            {
                complete = TakeNameTokens(lines[i], name);
            }

            labels.Add(string.Concat(name));
        }

        return labels;
    }

    /// <summary>
    /// Seed 002: one cell per line starting with a tab, rows separated by blank lines; a row whose first cell is a
    /// serial number gives its second cell. The table ends at the first line that is neither a cell nor blank.
    /// </summary>
    private static List<string> DocxRowLabels(string[] lines, int from)
    {
        var labels = new List<string>();
        var row = new List<string>();
        for (var i = from; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : string.Empty;
            if (line.StartsWith('\t'))
            {
                row.Add(line.Trim());
                continue;
            }

            if (row.Count >= 2 && Serial().IsMatch(row[0]))
            {
                labels.Add(row[1]);
            }

            row.Clear();
            if (line.Trim().Length > 0)
            {
                break;
            }
        }

        return labels;
    }

    /// <summary>A line without the <c>[bookmark: …]</c> marker a DOCX conversion puts before headings, trimmed.</summary>
    private static string WithoutBookmark(string line) => Bookmark().Replace(line, string.Empty).Trim();

    private static bool TakeNameTokens(string text, List<string> name)
    {
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Amount().IsMatch(token))
            {
                return true;
            }

            name.Add(token);
        }

        return false;
    }

    private static string LocateSeedDirectory()
    {
        var seeds = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));
        if (!Directory.Exists(seeds))
        {
            throw new DirectoryNotFoundException(
                $"seed directory not found: expected {seeds} (../shared/seeds next to the repository root {RepositoryRoot})");
        }

        return seeds;
    }

    [GeneratedRegex(@"^2(\d{2}|\d{4}|\d{6})$")]
    private static partial Regex FunctionalShape();

    [GeneratedRegex(@"^3[019](\d|\d{3})$")]
    private static partial Regex EconomicShape();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex Serial();

    [GeneratedRegex(@"^\s*(?<serial>\d{1,3})\s+(?<code>\d{3}|\d{5}|\d{7})(?:\s+(?<rest>.*))?$")]
    private static partial Regex SpaceRow();

    [GeneratedRegex(@"^(?<serial>\d{1,3})(?:\s+(?<rest>.*))?$")]
    private static partial Regex SerialRow();

    [GeneratedRegex(@"^(?<title>[^\t]+?)\.*\t\d+$")]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"^\d+、(?<term>[^：]+)：(?<definition>.+)$")]
    private static partial Regex GlossaryEntry();

    [GeneratedRegex(@"^\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^-?[\d,]+(\.\d+)?%?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex ChineseOrdinal();
}
