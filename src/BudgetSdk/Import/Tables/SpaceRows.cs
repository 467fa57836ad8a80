using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Tables;

/// <summary>
/// Assembles the rows of space-separated text, where a row may span several lines: a long name wraps onto the next
/// lines (001: <c>2 201</c> / <c>一般公共服务</c> / <c>支出</c> / <c>888.73 888.73 888.73</c>) and even the 序号 may stand
/// alone above its label. A row starts at the 序号 that follows the last one (序号 continues across pages), so a
/// stray page number, which breaks that sequence, is dropped rather than taken for a row.
/// </summary>
internal static class SpaceRows
{
    // A wrapped piece of a name is short; a longer line, or one with a full stop, is prose that follows the table.
    private const int MaxFragment = 30;
    private const int MaxLabel = 80;

    public static List<(int Line, int? Serial, List<string> Tokens)> Assemble(IEnumerable<SourceRow> rows, TableLayout layout, Func<string, bool> isCode)
    {
        var result = new List<(int Line, int? Serial, List<string> Tokens)>();
        var expected = 1;
        List<string>? current = null;
        foreach (var row in rows)
        {
            var tokens = Tokenize(row.Text);
            var first = tokens[0];
            if (PrintedNumbers.TryParseSerial(first, out var serial) && serial == expected)
            {
                current = tokens.Skip(1).ToList();
                result.Add((row.Line, serial, current));
                expected = serial + 1;
            }
            else if (tokens.Count == 1 && PrintedNumbers.TryParseSerial(first, out _))
            {
                continue;
            }
            else if (StartsRowWithoutSerial(first, current, layout, isCode))
            {
                current = tokens;
                result.Add((row.Line, null, current));
            }
            else if (current is not null && IsFragment(row.Text, current, layout, isCode))
            {
                current.AddRange(tokens);
            }
        }

        return result;
    }

    public static List<string> Tokenize(string text)
        => text.Split([' ', '\t', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();

    // Some documents print no 序号: a code (or 合计) then starts a row, once the row above has its amounts.
    private static bool StartsRowWithoutSerial(string first, List<string>? current, TableLayout layout, Func<string, bool> isCode)
    {
        var previousDone = current is null || HasAmounts(current, isCode);
        return previousDone && ((layout.HasCodes && isCode(first)) || first == "合计");
    }

    private static bool IsFragment(string text, List<string> current, TableLayout layout, Func<string, bool> isCode)
    {
        // Amounts end a coded row: text after them belongs to what follows the table, not to the name.
        var lineHasText = Tokenize(text).Any(t => !PrintedNumbers.IsNumber(t));

        // The amounts of a row whose name wrapped stand on a line of their own, as long as the table is wide (T2 prints
        // ten columns); a line of amounts only is never prose, so its length says nothing.
        if (!lineHasText && !HasAmounts(current, isCode))
        {
            return true;
        }

        if (text.Length > MaxFragment || text.Contains('。', StringComparison.Ordinal) || current.Sum(t => t.Length) > MaxLabel)
        {
            return false;
        }

        return layout.IsSideBySide || !lineHasText || !HasAmounts(current, isCode);
    }

    // The code that leads a row is digits too, but no amount.
    private static bool HasAmounts(List<string> tokens, Func<string, bool> isCode)
        => tokens.Skip(tokens.Count > 0 && isCode(tokens[0]) ? 1 : 0).Any(PrintedNumbers.IsNumber);
}
