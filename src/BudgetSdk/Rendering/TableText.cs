using System.Globalization;
using System.Text;
using BudgetSdk.Tables;
using BudgetSdk.Text;

namespace BudgetSdk.Rendering;

/// <summary>
/// Renders a table as aligned plain text, as a console or a text report shows it: Chinese characters count as two
/// columns, amounts are right-aligned with two decimals, and zero prints blank as in the published tables.
/// </summary>
public static class TableText
{
    /// <summary>The table as text lines: title, header, rows, and the note if any.</summary>
    /// <param name="table">The table.</param>
    /// <param name="maxRows">Rows to show before eliding the rest with "…"; null shows all.</param>
    public static string Render(BudgetTable table, int? maxRows = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var twoSided = table.Rows.Any(r => r.ExpenseLabel is not null);
        var coded = table.Rows.Any(r => r.Code is not null);
        var header = new List<string> { twoSided ? "收入项目" : "项目" };
        if (coded)
        {
            header.Insert(0, table.Id is TableId.Procurement ? "目录序号" : "科目编码");
        }

        if (twoSided)
        {
            header.Add("支出项目");
        }

        header.AddRange(table.Columns);
        var shown = maxRows is int max ? table.Rows.Take(max).ToArray() : table.Rows.ToArray();
        var lines = shown.Select(r =>
        {
            var cells = coded ? new List<string> { r.Code ?? string.Empty, r.Label } : new List<string> { r.Label };
            if (twoSided)
            {
                cells.Add(r.ExpenseLabel ?? string.Empty);
            }

            cells.AddRange(r.Cells.Select(Amount));
            return cells;
        }).Prepend(header).ToArray();

        var widths = Enumerable.Range(0, header.Count).Select(c => lines.Max(l => Width(l[c]))).ToArray();
        var text = new StringBuilder().Append(table.Title).Append('\n');
        foreach (var line in lines)
        {
            for (var c = 0; c < line.Count; c++)
            {
                var numeric = c >= header.Count - table.Columns.Count;
                var pad = new string(' ', widths[c] - Width(line[c]));
                text.Append(c == 0 ? string.Empty : "  ").Append(numeric ? pad + line[c] : line[c] + pad);
            }

            text.Append('\n');
        }

        if (shown.Length < table.Rows.Count)
        {
            text.Append("… ").Append(table.Rows.Count - shown.Length).Append(" more rows\n");
        }

        if (table.Note is not null)
        {
            text.Append(table.Note).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>An amount as printed: blank for zero, else two decimals.</summary>
    public static string Amount(decimal value) => value == 0m ? string.Empty : value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Display width: East Asian wide characters take two columns.</summary>
    public static int Width(string text) => DisplayWidth.Of(text);
}
