using BudgetSdk.Facts;
using BudgetSdk.Import.Projects;
using BudgetSdk.Import.Sections;
using BudgetSdk.Import.Structure;
using BudgetSdk.Import.Tables;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;

namespace BudgetSdk.Import;

/// <summary>
/// Reads a published department budget disclosure (部门预算信息公开) from its text, as extracted from PDF or DOCX, back
/// into a <see cref="PublishedDisclosure"/>: header, units, the nine tables and the two schedules with their printed
/// rows, the amounts the explanatory sections quote, and the project performance tables. Blank cells stay blank, so
/// that an audit sees what the publisher printed.
/// </summary>
/// <remarks>
/// The three text formats of domain.md are detected and may be mixed with converter debris (bookmarks, <c>**</c>,
/// <c>page number</c> placeholders, stray quotes, page numbers). In space-separated text, where empty cells are dropped,
/// the columns of the amounts are recovered from the layout and the arithmetic of each table. The work is linear in
/// the size of the text. A text over 64 Mi characters, a line over 65,536 characters and an amount of more than 15
/// digits before its point are refused with the line; digits of any script read as ASCII digits (docs/robustness.md).
/// </remarks>
public static class DisclosureImporter
{
    // Tables whose space-separated columns are recovered with evidence from others are read after those others. T6
    // needs no other table (its 类 say 人员 or 公用), and T5's 基本支出 total is T6's 合计, so they come first. T3 and
    // the fund tables inform each other (a code's fiscal 基本/项目 is part of its T3 基本/项目): T3 is read with T5's
    // evidence, T7/T8 with T3's, then T5 and T3 again with all of it; then T4 (fund columns from the 类 rows of
    // T5/T7/T8), T2 (source columns from T1's income lines) and T9 (funds T4 has).
    private static readonly TableId[] ReadingOrder =
        [TableId.T1, TableId.T6, TableId.T5, TableId.T3, TableId.T7, TableId.T8, TableId.T5, TableId.T3, TableId.T4, TableId.T2, TableId.T9];

    /// <summary>Reads a disclosure from text.</summary>
    /// <param name="text">The document's text in any of the three formats.</param>
    /// <exception cref="DisclosureImportException">The text is empty, binary, truncated, or not a department budget disclosure.</exception>
    public static PublishedDisclosure Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ReadChecked(text);
        }
        catch (Exception e) when (e is not (DisclosureImportException or OutOfMemoryException))
        {
            // Input nobody foresaw must still reach the caller as the documented exception, the cause kept inside.
            throw new DisclosureImportException($"the text could not be read ({e.GetType().Name}: {e.Message.Split('\n')[0]})", e);
        }
    }

    /// <summary>Reads a disclosure from UTF-8 (or BOM-marked UTF-16) bytes.</summary>
    /// <param name="stream">The document's text; read to its end (refused past 192 MiB, so an endless stream is too), not closed.</param>
    /// <exception cref="DisclosureImportException">The bytes are not text, or the text is not a readable disclosure.</exception>
    public static PublishedDisclosure Read(Stream stream) => Read(InputText.Decode(stream));

    private static PublishedDisclosure ReadChecked(string text)
    {
        var lines = LineCleaner.SplitLines(InputText.Check(text));
        var format = FormatDetector.Detect(lines);
        var rows = RowReader.Read(lines, format);
        var year = HeaderReader.Year(rows);
        var printedRegion = HeaderReader.Region(rows);
        var template = TemplateChoice.Select(year, printedRegion);
        var outline = Outline.Of(rows, TemplateChoice.Titles(template));

        var nine = outline.NineTables.ToList();
        if (nine.Count == 0)
        {
            throw new DisclosureImportException($"not a department budget disclosure: none of the nine table titles ({Landmarks.NineTitles[0]} …) was found") { NoTitles = true };
        }

        var department = HeaderReader.Department(outline, rows)
            ?? throw new DisclosureImportException($"no department (a page header such as 434 卢龙县人民政府办公室) follows the title {nine[0].Region.Title} on line {nine[0].Region.Line}");
        var budgetYear = year ?? throw new DisclosureImportException("no budget year (预算年度：2024) was found");
        // Without 项目编码 the region is named by the department (or a title); a county of its own may have its own parts.
        var (region, regionReading) = RegionReader.Read(printedRegion, department, rows, template);
        template = region == printedRegion ? template : TemplateChoice.Select(budgetYear, region) ?? template;
        // The sections and the project tables are read before the tables: what they state settles columns that
        // space-separated text leaves open (a department with 项目支出 only prints one amount per T3 row).
        var quoted = new[] { 2, 3, 4, 9 }
            .Where(outline.Sections.ContainsKey)
            .SelectMany(s => QuotedAmountReader.Read(s, SectionText.Of(outline.Sections[s], format)))
            .ToArray();
        var (changes, years) = ChangeStatementReader.Read(outline.Sections, format, budgetYear);
        var projects = ProjectReader.Read(outline.Sections.GetValueOrDefault(7), format);
        var context = new ImportContext(format, department, budgetYear, template)
        {
            Printed = outline.Tables.Keys.ToHashSet(),
            Stated = (Quoted(quoted, QuotedSubjects.Basic), Quoted(quoted, QuotedSubjects.Project),
                projects.Count > 0 && projects.All(p => p.Budget is not null) ? projects.Sum(p => p.Budget) : null),
        };

        foreach (var id in ReadingOrder)
        {
            if (outline.Tables.TryGetValue(id, out var tableRegion))
            {
                context.Add(Within(tableRegion, () => TableReader.Read(id, tableRegion, context)));
            }
        }

        CheckComplete(outline, context, rows[^1]);
        if (outline.Tables.TryGetValue(TableId.Procurement, out var procurement))
        {
            context.Add(Within(procurement, () => ProcurementReader.Read(procurement, context)));
        }

        if (outline.Tables.TryGetValue(TableId.Assets, out var assets))
        {
            context.Add(Within(assets, () => AssetsReader.Read(assets, context)));
        }

        return new PublishedDisclosure
        {
            Format = format,
            Header = new DisclosureHeader(region, department.Code, department.Name, budgetYear),
            Region = regionReading,
            Units = UnitsReader.Read(outline.Units),
            Tables = context.Read.Values.OrderBy(t => t.Line).ToArray(),
            QuotedAmounts = quoted,
            ChangeStatements = changes,
            NamedYears = years,
            Projects = projects,
            Sections = SectionHeadings.Of(outline),
            ProjectList = outline.Sections.TryGetValue(2, out var overview) ? ProjectListReader.Read(SectionText.Of(overview, format), projects.Select(p => p.Name)) : null,
        };
    }

    // Input nobody foresaw inside a table still says where: the table's title and line.
    private static PrintedTable Within(Region region, Func<PrintedTable> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not (DisclosureImportException or OutOfMemoryException))
        {
            throw new DisclosureImportException($"{region.Title} (line {region.Line}) could not be read ({e.GetType().Name}: {e.Message.Split('\n')[0]})", e);
        }
    }

    // The amount a subject is quoted with, when the sections quote it once.
    private static decimal? Quoted(IEnumerable<QuotedAmount> quoted, string subject)
    {
        var amounts = quoted.Where(q => q.Subject == subject).Select(q => q.Amount).Distinct().ToArray();
        return amounts.Length == 1 ? amounts[0] : null;
    }

    // A text cut off ends inside the tables: under a title with no rows yet, or inside the last table it prints (no
    // explanatory section after it) before that table's last row. A document that prints only some tables, each
    // whole, is read: the audit reports each missing one (BDR0907).
    private static void CheckComplete(Outline outline, ImportContext context, SourceRow lastRow)
    {
        foreach (var (id, region) in outline.NineTables)
        {
            if (context.Read[id].Rows.Count == 0 && region.Note is null && region.Line == outline.LastLandmarkLine)
            {
                throw new DisclosureImportException($"truncated: {region.Title} has no rows");
            }
        }

        var (lastId, last) = outline.NineTables.Last();
        if (outline.Sections.Count == 0 && !TableEnd.IsComplete(context.Read[lastId], last, lastRow, context))
        {
            var missing = Landmarks.NineTitles.Where((_, i) => !outline.Tables.ContainsKey((TableId)(i + 1))).ToArray();
            var after = missing.Length == 0 ? " before its last row" : $"; {string.Join("、", missing)} {(missing.Length == 1 ? "is" : "are")} missing";
            throw new DisclosureImportException($"truncated: the text ends in {last.Title} (line {last.Line}){after}");
        }
    }
}
