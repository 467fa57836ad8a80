using BudgetSdk.Amounts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Check 1, within one side of a table: the columns and lines the form says sum others, the total row, and the code
/// hierarchy (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类). Amounts are compared as printed (the table's unit and decimals); blank is 0.
/// </summary>
internal static class SideSums
{
    public static void Check(FormTable table, PrintedFormTable printed, List<Finding> findings)
    {
        foreach (var side in printed.Sides)
        {
            if (table.Side(side.SideId) is not { } form)
            {
                continue;
            }

            Columns(table, form, side, findings);
            if (form.Rows.Source == RowSource.Lines)
            {
                Lines(table, form, side, findings);
            }
            else if (form.Rows.Source == RowSource.Codes)
            {
                Codes(table, form, side, findings);
            }
        }
    }

    private static void Columns(FormTable table, FormSide form, PrintedSide side, List<Finding> findings)
    {
        foreach (var column in form.Columns.Where(c => c.Sums.Count > 0))
        {
            var at = side.IndexOf(column.Id);
            var parts = column.Sums.Select(side.IndexOf).ToArray();
            if (at < 0 || parts.Any(p => p < 0))
            {
                continue;
            }

            foreach (var row in side.Rows)
            {
                var sum = parts.Sum(p => row.Cells[p] ?? 0m);
                Compare(table, side, row, column.Id, sum, FormRules.ColumnSum, $"{column.Id} = {string.Join(" + ", column.Sums)}", findings);
            }
        }
    }

    private static void Lines(FormTable table, FormSide form, PrintedSide side, List<Finding> findings)
    {
        foreach (var line in form.Rows.Lines.Where(l => l.Sums.Count > 0))
        {
            SumOfRows(table, side, line.Id, line.Sums, FormRules.LineSum, findings);
        }

        if (form.Rows.Total.Position != TotalPosition.None)
        {
            var parts = form.Rows.Total.Sums.Count > 0 ? form.Rows.Total.Sums : form.Rows.Lines.Where(l => l.Level == 0).Select(l => l.Id).ToArray();
            SumOfRows(table, side, FormCellRef.TotalRow, parts, FormRules.LineSum, findings);
        }
    }

    private static void Codes(FormTable table, FormSide form, PrintedSide side, List<Finding> findings)
    {
        var levels = form.Rows.Levels;
        var codes = side.Rows.Where(r => r.Kind == PrintedRowKind.Code).ToArray();
        for (var i = 0; i + 1 < levels.Count; i++)
        {
            foreach (var parent in codes.Where(r => r.Id.Length == levels[i]))
            {
                var children = codes.Where(r => r.Id.Length == levels[i + 1] && r.Id.StartsWith(parent.Id, StringComparison.Ordinal)).Select(r => r.Id).ToArray();

                // A parent printed without any child is a printing the reader may not have split; it is not summed.
                if (children.Length > 0)
                {
                    SumOfRows(table, side, parent.Id, children, FormRules.CodeSum, findings);
                }
            }
        }

        if (form.Rows.Total.Position != TotalPosition.None && levels.Count > 0)
        {
            var classes = codes.Where(r => r.Id.Length == levels[0]).Select(r => r.Id).ToArray();
            SumOfRows(table, side, FormCellRef.TotalRow, classes, FormRules.CodeSum, findings);
        }
    }

    private static void SumOfRows(FormTable table, PrintedSide side, string rowId, IReadOnlyList<string> parts, Rule rule, List<Finding> findings)
    {
        if (side.Row(rowId) is not { } row)
        {
            return;
        }

        var rows = parts.Select(side.Row).Where(r => r is not null).Select(r => r!).ToArray();
        for (var c = 0; c < side.Columns.Count; c++)
        {
            var sum = rows.Sum(r => r.Cells[c] ?? 0m);
            Compare(table, side, row, side.Columns[c], sum, rule, $"{rowId} = {string.Join(" + ", parts)}", findings);
        }
    }

    private static void Compare(FormTable table, PrintedSide side, PrintedFormRow row, string column, decimal expected, Rule rule, string relation, List<Finding> findings)
    {
        var printed = row.Cells[side.IndexOf(column)];
        expected = Units.Round(expected, table.Decimals);
        if ((printed ?? 0m) == expected)
        {
            return;
        }

        var printedText = FindingText.Cell(printed, table.Decimals);
        var expectedText = FindingText.Amount(expected, table.Decimals);
        // One unit of the last printed place is what rounding each part on its own gives, not a mistyped digit.
        var lastPlace = 1m / (decimal)Math.Pow(10, table.Decimals);
        var rounding = printed is { } q && Math.Abs(q - expected) == lastPlace;
        var slip = printed is { } p && !rounding ? DigitSlip.Between(FindingText.Amount(p, table.Decimals), expected) : null;
        var why = rounding ? $" (off by {FindingText.Amount(lastPlace, table.Decimals)}: the parts rounded on their own do not add up to the total)"
            : slip is null ? string.Empty : $" ({slip.Explanation})";
        var message = $"{row.Label} prints {printedText} where {relation} gives {expectedText}" + why;
        findings.Add(FindingText.Of(rule, FindingText.Location(table.Id, side.SideId, row.Id, column), printedText, expectedText, message, row.Line));
    }
}
