using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Publishing.Csv;

/// <summary>
/// The file a table's CSV is saved as: the nine tables by id and official title, <c>T1 部门预算收支总表.csv</c>, so a folder
/// of them sorts in the form's order and a reader finds a table by its name; the schedules of sections 八 and 九 by title
/// alone (<c>部门政府采购预算.csv</c>), which sorts after them.
/// The ASCII quotes of 财政拨款"三公"经费支出表 become “ ” and any other character Windows forbids in a file name an
/// underscore, so the same names work on every system a finance office shares the folder with.
/// </summary>
internal static class CsvFileNames
{
    private const string Forbidden = "<>:\"/\\|?*";

    public static string Of(BudgetTable table)
    {
        var title = Clean(table.Title);
        return table.Id <= TableId.T9 ? $"{table.Id} {title}.csv" : $"{title}.csv";
    }

    private static string Clean(string title)
    {
        var chars = title.ToCharArray();
        var open = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '"')
            {
                chars[i] = open ? '“' : '”';
                open = !open;
            }
            else if (Forbidden.Contains(chars[i], StringComparison.Ordinal) || char.IsControl(chars[i]))
            {
                chars[i] = '_';
            }
        }

        return new string(chars).Trim();
    }
}
