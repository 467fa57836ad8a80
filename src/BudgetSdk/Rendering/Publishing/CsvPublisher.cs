using System.Text;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Publishing.Csv;
using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Publishing;

/// <summary>
/// Writes one table as CSV, from the same grid every format prints: one header row of column names
/// (<see cref="ColumnNames"/>: <c>序号,科目编码,科目名称,合计,基本支出,…</c> rather than the form's two header rows and
/// 栏次, since tools read a CSV's first row as its names), then the data rows as printed — 序号, codes, names and amounts
/// in invariant culture with two decimals, blank for zero. An empty table (注：无…) is the header row alone.
/// UTF-8 with a byte order mark, because Excel reads a CSV without one in the system's ANSI code page and garbles the
/// Chinese; CRLF line ends (<see cref="CsvText.LineEnd"/>).
/// </summary>
internal static class CsvPublisher
{
    public static void Write(Disclosure disclosure, TableId table, Stream output)
    {
        var grid = GridOf(disclosure, table);
        var text = new StringBuilder();
        CsvText.AppendRecord(text, ColumnNames.Of(grid.ColumnHeader));
        foreach (var row in grid.Rows)
        {
            CsvText.AppendRecord(text, row.Cells);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        output.Write(encoding.GetPreamble());
        output.Write(encoding.GetBytes(text.ToString()));
    }

    /// <summary>The tables <see cref="DisclosurePublisher.WriteCsv"/> writes: the nine, then 政府采购预算 and
    /// 固定资产占用情况表 where the disclosure has them.</summary>
    public static IReadOnlyList<BudgetTable> Tables(Disclosure disclosure)
        => disclosure.Tables.Where(t => t.Id != TableId.Assets || disclosure.Facts.Assets is not null).OrderBy(t => t.Id).ToArray();

    private static Grid GridOf(Disclosure disclosure, TableId table) => table switch
    {
        TableId.Procurement => ScheduleGrids.Procurement(disclosure[table], disclosure.Header),
        TableId.Assets => ScheduleGrids.Assets(disclosure[table], disclosure.Header),
        _ => TableGrids.Of(disclosure[table], disclosure.Header),
    };
}
