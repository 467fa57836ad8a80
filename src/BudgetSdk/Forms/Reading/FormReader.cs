using System.Text.RegularExpressions;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Reading.Narrative;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Regions;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// Reads a disclosure printed in <c>pdftotext -layout</c> text by the form its header selects: the year and kind from the
/// table titles, the department from the header block (编制部门： / 部门名称：), the region from the department's name, the
/// form by <see cref="FormCatalog.Select"/>; then each of the form's tables (by title, or by its printed number when the
/// title is missing) with its rows placed by the column headers' positions, and the narrative's quotes and changes.
/// </summary>
public static class FormReader
{
    /// <summary>
    /// Reads a disclosure printed in <c>pdftotext -layout</c> text (pages separated by form feeds) by the form its header
    /// selects.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="catalog">The forms to choose from; null for <see cref="FormCatalog.Shipped"/>.</param>
    /// <returns>The document: header, the tables found in printed order, quotes and changes.</returns>
    /// <exception cref="FormReadException">No title of any known form, no department, a department naming no region, or
    /// no form for the region and year (<see cref="FormReadException.NoForm"/>).</exception>
    public static FormDocument Read(string text, FormCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        catalog ??= FormCatalog.Shipped;
        var lines = LayoutLine.Split(text);
        try
        {
            return Read(lines, catalog);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new FormReadException($"a pattern ran past {FormValidator.PatternTimeout.TotalSeconds:0.#} s on this text ({e.Pattern})");
        }
        catch (NarrativePatternTimeoutException e)
        {
            throw new FormReadException($"the narrative pattern {e.PatternId} ran past its time limit", e.Line);
        }
    }

    private static FormDocument Read(IReadOnlyList<LayoutLine> lines, FormCatalog catalog)
    {
        var titles = new TableTitles(catalog.Forms);
        var (hits, contents) = FindTitles(lines, titles);
        if (hits.Count == 0 && contents.Count > 0 && CoverDepartment(lines, contents[0].Line.Number) is { } cover)
        {
            return ReadNarrativeHalf(lines, catalog, contents, cover);
        }

        if (hits.Count == 0)
        {
            var known = string.Join(", ", catalog.Forms.Select(f => f.Id));
            throw new FormReadException($"no table title of any known form ({known}) found, e.g. {Example(catalog)}") { NoTitles = true };
        }

        // The year comes from a title that prints one (a form may print a title without the year).
        var first = hits.FirstOrDefault(h => h.Year > 0) ?? hits[0];
        var year = first.Year > 0 ? first.Year : HeaderBlock.Year(lines, first.Line.Number - 1, first.Form.Header) ?? CoverYear(lines, first.Line.Number);
        var department = DepartmentOf(lines, hits);
        var match = AdministrativeDivisions.Resolve(department);
        if (match.Division is not { } division)
        {
            throw new FormReadException($"the department {department} names no region (expected a name such as 上海市普陀区财政局)", first.Line.Number);
        }

        // One line, as the tool prints it: no line number, the region and year say all.
        var form = catalog.Select(division.Code, year)
            ?? throw new FormReadException(catalog.NoFormMessage(division.Name, year), noForm: true);
        var header = new PrintedHeader(department, year, division.Code, first.Kind)
        {
            DepartmentCode = hits.Select(h => HeaderBlock.DepartmentCode(lines, h.Line.Number - 1, form.Header)).FirstOrDefault(c => c is not null),
        };
        var tables = ReadTables(lines, form, hits.Where(h => h.Form == form).ToList(), year, first.Kind);
        var narrative = NarrativeReader.Read(lines.Select(l => l.Text).ToArray(), form, year);
        return new FormDocument(form, header, tables, narrative.Quotes, narrative.Changes);
    }

    // The narrative half of a disclosure published as two files (js-npc-2019-text): its contents list the tables' titles,
    // its cover names the department and the year, and it prints no table.
    private static FormDocument ReadNarrativeHalf(IReadOnlyList<LayoutLine> lines, FormCatalog catalog, List<TitleHit> contents, (string Department, int Year) cover)
    {
        var division = AdministrativeDivisions.Resolve(cover.Department).Division
            ?? throw new FormReadException($"the department {cover.Department} names no region (expected a name such as 上海市普陀区财政局)", 1);
        var form = catalog.Select(division.Code, cover.Year)
            ?? throw new FormReadException(catalog.NoFormMessage(division.Name, cover.Year), noForm: true);
        var kind = contents.FirstOrDefault(h => h.Form == form)?.Kind ?? form.Kinds.FirstOrDefault()?.Id ?? "department";
        var narrative = NarrativeReader.Read(lines.Select(l => l.Text).ToArray(), form, cover.Year);
        return new FormDocument(form, new PrintedHeader(cover.Department, cover.Year, division.Code, kind), [], narrative.Quotes, narrative.Changes);
    }

    // The cover before the contents: a line naming the year's budget (2019年度部门预算公开) under the department's name.
    private static (string Department, int Year)? CoverDepartment(IReadOnlyList<LayoutLine> lines, int before)
    {
        if (CoverLine(lines, before - 1) is not { } cover)
        {
            return null;
        }

        for (var j = cover.Index - 1; j >= 0; j--)
        {
            if (!lines[j].IsBlank)
            {
                return (LabelText.Compact(lines[j].Text), cover.Year);
            }
        }

        return null;
    }

    // Jiangsu's titles print no year; its cover (2019 年度部门预算公开) or a part heading (第二部分 2019 年度部门预算表) does.
    private static int CoverYear(IReadOnlyList<LayoutLine> lines, int before)
        => CoverLine(lines, before)?.Year
            ?? throw new FormReadException("no budget year: the tables' titles print none, and no line before them names one (e.g. 2019年度部门预算)", before);

    // The first of the lines before index `before` that names a budget year (2019年度部门预算), with that year.
    private static (int Index, int Year)? CoverLine(IReadOnlyList<LayoutLine> lines, int before)
    {
        for (var i = 0; i < before && i < lines.Count; i++)
        {
            var m = CoverYearPattern.Match(LabelText.Compact(lines[i].Text));
            if (m.Success)
            {
                return (i, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    private static readonly System.Text.RegularExpressions.Regex CoverYearPattern =
        new(@"((?:19|20)\d{2})年度?(?:部门|单位)?预算", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static (List<TitleHit> Tables, List<TitleHit> Contents) FindTitles(IReadOnlyList<LayoutLine> lines, TableTitles titles)
    {
        var hits = new List<TitleHit>();
        foreach (var line in lines)
        {
            // Every title ends in 表: other lines are not tried, so a long text costs one scan.
            if (line.Text.Contains('表', StringComparison.Ordinal))
            {
                hits.AddRange(titles.Match(line));
            }
        }

        // A contents page without page numbers or leaders (Jiangsu's 目录: 一、收支预算总表 / 二、收入预算总表 …) prints the
        // titles on consecutive lines; a table's own title is always followed by its header block, so a title whose
        // neighbouring printed line is another title is a contents entry.
        var titled = hits.Select(h => h.Line.Number).ToHashSet();
        var contents = hits.Where(h => titled.Contains(Neighbour(lines, h.Line.Number, -1)) || titled.Contains(Neighbour(lines, h.Line.Number, +1))).ToList();
        return (hits.Except(contents).ToList(), contents);
    }

    // The number of the nearest printed line before (step -1) or after (+1) a line, or 0.
    private static int Neighbour(IReadOnlyList<LayoutLine> lines, int number, int step)
    {
        for (var i = number - 1 + step; i >= 0 && i < lines.Count; i += step)
        {
            if (!lines[i].IsBlank)
            {
                return lines[i].Number;
            }
        }

        return 0;
    }

    private static string DepartmentOf(IReadOnlyList<LayoutLine> lines, List<TitleHit> hits)
    {
        foreach (var hit in hits)
        {
            if (HeaderBlock.Department(lines, hit.Line.Number - 1, hit.Form.Header) is { Length: > 0 } name)
            {
                return name;
            }
        }

        var labels = string.Join(" / ", hits[0].Form.Header.Department);
        throw new FormReadException($"no department after {labels} in the header block under the title {hits[0].Printed}", hits[0].Line.Number);
    }

    // Each table of the form once, at its first title (or its number when no title prints), read up to the next table.
    private static List<PrintedFormTable> ReadTables(IReadOnlyList<LayoutLine> lines, FormTemplate form, List<TitleHit> hits, int year, string kind)
    {
        var starts = new List<(int Index, FormTable Table, string Title)>();
        foreach (var formTable in form.Tables)
        {
            // Columns some document kinds print only (a 单位预算's 人员/公用/项目) are dropped for the others.
            var table = formTable with { Sides = formTable.Sides.Select(s => s with { Columns = s.Columns.Where(c => c.PrintsFor(kind)).ToArray() }).ToArray() };
            if (hits.FirstOrDefault(h => h.Table == formTable) is { } hit)
            {
                starts.Add((hit.Line.Number - 1, table, hit.Printed));
            }
            else if (FindNumber(lines, table) is { } at)
            {
                starts.Add((at, table, lines[at].Text.Trim()));
            }
        }

        starts.Sort((a, b) => a.Index.CompareTo(b.Index));
        var tables = new List<PrintedFormTable>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Index : lines.Count;
            tables.Add(TableReader.Read(lines, starts[k].Index, end, form, starts[k].Table, starts[k].Title, year));
        }

        return tables;
    }

    // A line printing only the table's number (公开 05 表, 公开表五), not in the contents.
    private static int? FindNumber(IReadOnlyList<LayoutLine> lines, FormTable table)
    {
        var numbers = table.Numbers.Select(LabelText.Compact).Where(n => n.Length > 2).ToHashSet(StringComparer.Ordinal);
        if (numbers.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length < 60 && !LabelText.IsContentsLine(lines[i].Text) && numbers.Contains(LabelText.Compact(lines[i].Text)))
            {
                return i;
            }
        }

        return null;
    }

    private static string Example(FormCatalog catalog)
        => catalog.Forms.SelectMany(f => f.Tables).Select(t => t.Titles.FirstOrDefault()).FirstOrDefault(t => t is not null) ?? "2025年部门财务收支预算总表";
}
