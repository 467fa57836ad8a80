using BudgetSdk.Import.Structure;
using BudgetSdk.Import.Tables.Columns;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;

namespace BudgetSdk.Import.Tables;

/// <summary>
/// Reads T1–T9 from their regions: data rows found (<see cref="DataRows"/>), assembled per format, the columns of
/// space-separated amounts recovered (<see cref="Placements"/>, <see cref="Preferences"/>, <see cref="HierarchyResolver"/>),
/// and labels mapped to the template's lines so that locations compare with derived tables.
/// </summary>
internal static class TableReader
{
    public static PrintedTable Read(TableId id, Region region, ImportContext context)
    {
        var layout = TableLayout.For(id, context.Template);
        var sides = new SideLabels(id, context.Template);
        var known = KnownLabels(id, context, sides);
        var isCode = CodeTest(id, context);
        var data = DataRows.Of(region.Rows, context);
        var raws = context.Format == TextFormat.SpaceSeparated
            ? SpaceRows.Assemble(data, layout, isCode).Select(r => SpaceRowParser.Parse(r.Line, r.Serial, r.Tokens, layout, sides, isCode)).ToList()
            : PositionalRows.Read(data, layout, known);
        raws.RemoveAll(r => r.Code is null && r.Label.Length == 0 && r.ExpenseLabel.Length == 0 && !r.HasAmounts);

        var options = raws.Select(r => OptionsOf(id, r, layout, context)).ToArray();
        var (parents, sumColumns) = Parents.Of(id, raws, layout.Columns.Length, context.Template);
        var chosen = HierarchyResolver.Choose(options, parents, sumColumns);

        var rows = raws.Select((r, i) => ToPrinted(id, r, options[i][chosen[i]].Cells, sides, context)).ToArray();
        return new PrintedTable(id, region.Title, layout.Columns, rows, region.Line);
    }

    /// <summary>True for a word that is a code of the table's classification (functional, or economic in T6).</summary>
    public static Func<string, bool> CodeTest(TableId id, ImportContext context)
    {
        return word =>
        {
            if (word.Length is not (3 or 5 or 7) || !word.All(char.IsAsciiDigit))
            {
                return false;
            }

            // With the code lists at hand a code is one they hold; without, its shape must do (functional codes
            // start with 2, department economic ones with 3).
            return id == TableId.T6
                ? context.Economic?.TryParse(word, out _) ?? word[0] == '3'
                : context.Functional?.TryParse(word, out _) ?? word[0] == '2';
        };
    }

    private static List<Option> OptionsOf(TableId id, RawRow row, TableLayout layout, ImportContext context)
    {
        if (row.Cells is { } cells)
        {
            return [new Option(cells, 0)];
        }

        var fixedCells = new decimal?[layout.Columns.Length];
        var free = Enumerable.Range(0, layout.Columns.Length).ToList();
        if (layout.IsSideBySide)
        {
            // The income amount has its own column; the expense side's numbers fill the rest in order.
            fixedCells[0] = row.IncomeAmount;
            free.RemoveAt(0);
        }

        var options = Placements.Of(id, fixedCells, free, row.Numbers);
        foreach (var option in options)
        {
            option.Score += Preferences.Of(id, row, option, context);
        }

        return options;
    }

    private static PrintedRow ToPrinted(TableId id, RawRow row, decimal?[] cells, SideLabels sides, ImportContext context)
    {
        if (id is TableId.T1 or TableId.T4)
        {
            var income = row.Label.Length > 0 ? Names.Canonical(row.Label, sides.Income) : string.Empty;
            var expense = row.ExpenseLabel.Length > 0 ? Names.Canonical(row.ExpenseLabel, sides.Expense) : string.Empty;
            return new PrintedRow(null, income, expense, cells, row.Line);
        }

        if (id == TableId.T9)
        {
            return new PrintedRow(null, Names.Canonical(row.Label, T9Labels(context)), null, cells, row.Line);
        }

        return new PrintedRow(row.Code, Names.Compact(row.Label), null, cells, row.Line);
    }

    private static IEnumerable<string> T9Labels(ImportContext context)
        => context.Template?.T9Rows.Lines.Select(l => l.Label) ?? [];

    private static Func<string, bool> KnownLabels(TableId id, ImportContext context, SideLabels sides)
    {
        if (id == TableId.T9)
        {
            var keys = T9Labels(context).Select(Names.Key).ToHashSet(StringComparer.Ordinal);
            return label => keys.Contains(Names.Key(label));
        }

        return sides.IsKnown;
    }
}
