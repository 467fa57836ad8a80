using BudgetSdk.Rendering.Publishing;

namespace BudgetSdk.Rendering;

/// <summary>
/// Publishes a built disclosure as the official document (部门预算信息公开) in its region's form: HTML, PDF, DOCX, XLSX,
/// CSV and Markdown. Every format lays out the same composed document the text writer prints (the 目录, the tables
/// with their headers, 栏次 and 序号, the explanatory sections quoting <see cref="Disclosure.Figures"/>, the project
/// tables, the schedules and the glossary), so what one format shows, every format shows.
/// </summary>
public static class DisclosurePublisher
{
    /// <summary>Writes the disclosure in a single-file format.</summary>
    /// <param name="disclosure">A built disclosure.</param>
    /// <param name="format">The format; <see cref="PublishFormat.Csv"/> is one file per table (<see cref="WriteCsv"/>).</param>
    /// <param name="output">Where the bytes go; not closed.</param>
    public static void Write(Disclosure disclosure, PublishFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case PublishFormat.Html:
                HtmlPublisher.Write(disclosure, output);
                break;
            case PublishFormat.Pdf:
                PdfPublisher.Write(disclosure, output);
                break;
            case PublishFormat.Docx:
                DocxPublisher.Write(disclosure, output);
                break;
            case PublishFormat.Xlsx:
                XlsxPublisher.Write(disclosure, output);
                break;
            case PublishFormat.Markdown:
                MarkdownPublisher.Write(disclosure, output);
                break;
            case PublishFormat.Csv:
                throw new ArgumentException("CSV is one file per table: use DisclosurePublisher.WriteCsv", nameof(format));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a publish format");
        }
    }

    /// <summary>Writes one table as CSV (UTF-8 with a byte order mark, so Excel opens the Chinese correctly).</summary>
    /// <param name="disclosure">A built disclosure.</param>
    /// <param name="table">The table.</param>
    /// <param name="output">Where the bytes go; not closed.</param>
    public static void WriteCsv(Disclosure disclosure, Tables.TableId table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(output);
        CsvPublisher.Write(disclosure, table, output);
    }

    /// <summary>The tables a CSV folder holds, in the form's order: the nine tables, then 政府采购预算 and
    /// 固定资产占用情况表 where the disclosure has them.</summary>
    /// <param name="disclosure">A built disclosure.</param>
    public static IReadOnlyList<Tables.TableId> CsvTables(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return CsvPublisher.Tables(disclosure).Select(t => t.Id).ToArray();
    }

    /// <summary>The file name of a table's CSV: <c>T1 部门预算收支总表.csv</c> for the nine tables, the title alone for the
    /// schedules, with characters no file system allows (the ASCII quotes of "三公") replaced.</summary>
    /// <param name="disclosure">A built disclosure (the title is its template's).</param>
    /// <param name="table">The table.</param>
    public static string CsvFileName(Disclosure disclosure, Tables.TableId table)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return Publishing.Csv.CsvFileNames.Of(disclosure[table]);
    }
}
