using BudgetSdk.Import.Text;

namespace BudgetSdk.Import.Tables;

/// <summary>
/// Data rows of tab and DOCX text, where each cell is where the layout says. A row without a 序号 and without a code
/// continues the row above (a name wrapped onto a second row), unless its label is a line of its own.
/// </summary>
internal static class PositionalRows
{
    public static List<RawRow> Read(IEnumerable<SourceRow> rows, TableLayout layout, Func<string, bool> isKnownLabel)
    {
        var result = new List<RawRow>();
        foreach (var row in rows)
        {
            var cells = row.Cells!;
            var offset = SerialOffset(cells, layout.Slots.Length);
            var raw = new RawRow(row.Line)
            {
                Serial = offset == 1 && PrintedNumbers.TryParseSerial(cells[0], out var serial) ? serial : null,
                Cells = new decimal?[layout.Columns.Length],
            };
            for (var slot = 0; slot < layout.Slots.Length; slot++)
            {
                var text = slot + offset < cells.Length ? cells[slot + offset].Replace("\n", string.Empty, StringComparison.Ordinal) : string.Empty;
                switch (layout.Slots[slot])
                {
                    case Slot.Code:
                        raw.Code = text.Length > 0 ? text : null;
                        break;
                    case Slot.Label:
                        raw.Label = text;
                        break;
                    case Slot.ExpenseLabel:
                        raw.ExpenseLabel = text;
                        break;
                    default:
                        raw.Cells[layout.ColumnOfSlot(slot)] = PrintedNumbers.Parse(text, row.Line, $"the {layout.Columns[layout.ColumnOfSlot(slot)]} cell");
                        break;
                }
            }

            if (raw.Code is null && raw.Label.Length == 0 && raw.ExpenseLabel.Length == 0 && !raw.HasAmounts)
            {
                continue;
            }

            if (result.Count > 0 && IsContinuation(raw, result[^1], isKnownLabel))
            {
                Merge(result[^1], raw);
            }
            else
            {
                result.Add(raw);
            }
        }

        return result;
    }

    // The row is as long as the layout plus a 序号 cell, or as long as the layout (no 序号 column); a row whose
    // trailing blanks were not printed is shorter, and then a leading number or blank is taken for the 序号.
    private static int SerialOffset(string[] cells, int slots)
    {
        if (cells.Length == slots + 1)
        {
            return 1;
        }

        if (cells.Length == slots)
        {
            return 0;
        }

        return cells.Length > 0 && (cells[0].Length == 0 || PrintedNumbers.TryParseSerial(cells[0], out _)) ? 1 : 0;
    }

    private static bool IsContinuation(RawRow row, RawRow previous, Func<string, bool> isKnownLabel)
    {
        if (row.Serial is not null || row.Code is not null || previous.Serial is null)
        {
            return false;
        }

        // A label that is a line of the template (or a row of its own) starts a row; a fragment that completes the
        // row above into such a line continues it.
        if ((row.Label.Length > 0 && isKnownLabel(previous.Label + row.Label))
            || (row.ExpenseLabel.Length > 0 && isKnownLabel(previous.ExpenseLabel + row.ExpenseLabel)))
        {
            return true;
        }

        if ((row.Label.Length > 0 && isKnownLabel(row.Label)) || (row.ExpenseLabel.Length > 0 && isKnownLabel(row.ExpenseLabel)))
        {
            return false;
        }

        return !(previous.HasAmounts && row.HasAmounts);
    }

    private static void Merge(RawRow into, RawRow part)
    {
        into.Label += part.Label;
        into.ExpenseLabel += part.ExpenseLabel;
        for (var i = 0; i < into.Cells!.Length; i++)
        {
            into.Cells[i] ??= part.Cells![i];
        }
    }
}
