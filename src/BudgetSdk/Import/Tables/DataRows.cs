using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Tables;

/// <summary>
/// The data rows of a table region: every page repeats the page header (department, 预算年度, 单位) and the column
/// header down to the 栏次 row, and those are skipped wherever they recur. A table that prints no 栏次 row leaves its
/// header at the first row that starts with a 序号.
/// </summary>
internal static class DataRows
{
    public static IEnumerable<SourceRow> Of(IEnumerable<SourceRow> rows, ImportContext context)
    {
        var inHeader = true;

        // Space-separated text: a lone number may be the page number that ends a page, or a 序号 whose name wrapped
        // onto the next lines. It is held until the next row says which: a page header (or the end of the table)
        // follows a page number. Its value alone cannot tell: page 8 may end where row 8 begins.
        SourceRow? held = null;
        foreach (var row in rows)
        {
            if (context.IsPageHeader(row))
            {
                held = null;
                inHeader = true;
                continue;
            }

            if (held is not null)
            {
                yield return held;
                held = null;
            }

            if (row.FirstToken == "栏次")
            {
                inHeader = false;
                continue;
            }

            // A line of text among tabbed rows is a page number or a stray mark, never a cell.
            if (context.Format != TextFormat.SpaceSeparated && !row.HasCells)
            {
                continue;
            }

            if (inHeader && !StartsWithFirstSerial(row))
            {
                continue;
            }

            inHeader = false;
            if (context.Format == TextFormat.SpaceSeparated && row.Text.Length == row.FirstToken.Length && PrintedNumbers.TryParseSerial(row.FirstToken, out _))
            {
                held = row;
                continue;
            }

            yield return row;
        }
    }

    // Without a 栏次 row, the first row that starts with a 序号 and says more ends the header: the header's own
    // words (序号, 项目, 科目编码 …) never start with a number, and a lone number is a page number.
    private static bool StartsWithFirstSerial(SourceRow row)
    {
        var first = row.FirstToken;
        return PrintedNumbers.TryParseSerial(first, out var serial) && serial >= 1 && row.Text.Length > first.Length;
    }
}
