using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Tables;

/// <summary>
/// Splits the words of a space-separated row into code, label(s) and numbers. Wrapped name pieces are joined without
/// a space (Chinese has none between words). In T1/T4 the words are walked left to right: the income label, its
/// amount, then the expense label and its amounts; a second label starts when the first has its amount, or when a
/// word begins an expense line of the template (<c>二、政府性基金预算拨款收入 二、外交支出</c> has no amount between).
/// </summary>
internal static class SpaceRowParser
{
    public static RawRow Parse(int line, int? serial, IReadOnlyList<string> tokens, TableLayout layout, SideLabels sides, Func<string, bool> isCode)
    {
        var row = new RawRow(line) { Serial = serial };
        var start = 0;
        if (layout.HasCodes && tokens.Count > 0 && isCode(tokens[0]))
        {
            row.Code = tokens[0];
            start = 1;
        }

        if (layout.IsSideBySide)
        {
            Sides(row, tokens.Skip(start), sides);
            return row;
        }

        foreach (var token in Words(tokens.Skip(start)))
        {
            if (PrintedNumbers.Parse(token, row.Line, "the amount") is { } number)
            {
                row.Numbers.Add(number);
            }
            else if (row.Numbers.Count == 0)
            {
                row.Label += token;
            }
        }

        return row;
    }

    // A dash printed for an empty cell is neither a label piece nor an amount.
    private static IEnumerable<string> Words(IEnumerable<string> tokens)
        => tokens.Where(t => !(PrintedNumbers.TryParse(t, out var value) && value is null));

    private static void Sides(RawRow row, IEnumerable<string> tokens, SideLabels sides)
    {
        var expense = false;
        foreach (var token in Words(tokens))
        {
            if (PrintedNumbers.Parse(token, row.Line, "the amount") is { } number)
            {
                if (expense)
                {
                    row.Numbers.Add(number);
                }
                else if (row.IncomeAmount is null && row.Label.Length > 0)
                {
                    row.IncomeAmount = number;
                }
                else
                {
                    // An amount with no income label before it can only be the expense side's.
                    expense = true;
                    row.Numbers.Add(number);
                }

                continue;
            }

            if (expense)
            {
                if (row.Numbers.Count == 0)
                {
                    row.ExpenseLabel += token;
                }
            }
            else if (row.Label.Length == 0 && row.IncomeAmount is null)
            {
                expense = sides.IsExpense(token) && !sides.IsIncome(token);
                if (expense)
                {
                    row.ExpenseLabel = token;
                }
                else
                {
                    row.Label = token;
                }
            }
            else if (row.IncomeAmount is not null || sides.StartsExpense(token))
            {
                expense = true;
                row.ExpenseLabel = token;
            }
            else
            {
                row.Label += token;
            }
        }
    }
}
