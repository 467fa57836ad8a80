using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Facts;

/// <summary>
/// Every printed cell of a document as a <see cref="CellConstraint"/>, through the same selectors the derivation sums: a
/// part column takes the unknowns its table's, line's and column's selectors take under the row's code; a column, line or
/// total that the form declares a sum takes the union of its parts. A code the document prints elsewhere but a code table
/// leaves out states zero in that table (one constraint per missing row).
/// </summary>
internal sealed class CellConstraints
{
    private readonly FormDocument _document;
    private readonly FactUnknowns _unknowns;

    private CellConstraints(FormDocument document, FactUnknowns unknowns)
    {
        _document = document;
        _unknowns = unknowns;
    }

    /// <summary>The constraints in printed order (table, side, row, column), then the rows left out.</summary>
    public static IReadOnlyList<CellConstraint> Of(FormDocument document, FactUnknowns unknowns) => new CellConstraints(document, unknowns).All();

    private List<CellConstraint> All()
    {
        var result = new List<CellConstraint>();
        foreach (var table in _document.Tables)
        {
            var formTable = _document.Form.Table(table.TableId);
            if (formTable is null)
            {
                continue;
            }

            foreach (var side in table.Sides)
            {
                var formSide = formTable.Side(side.SideId);
                if (formSide is null)
                {
                    continue;
                }

                foreach (var row in side.Rows)
                {
                    for (var i = 0; i < side.Columns.Count && i < row.Cells.Count; i++)
                    {
                        var column = formSide.Column(side.Columns[i]);
                        if (column is not null)
                        {
                            var terms = RowTerms(formTable, formSide, row, column);
                            result.Add(new CellConstraint($"{CellNames.Row(_document, table, side, row)}/{column.Id}", row.Cells[i] ?? 0m, table.Unit, formTable.Decimals, terms));
                        }
                    }
                }

                if (formSide.Rows.Source == RowSource.Codes)
                {
                    result.AddRange(MissingRows(table, side, formTable, formSide));
                }
            }
        }

        return result;
    }

    /// <summary>Zero for each leaf code whose row (at the deepest level the side lists) the side does not print.</summary>
    private IEnumerable<CellConstraint> MissingRows(PrintedFormTable table, PrintedSide side, FormTable formTable, FormSide formSide)
    {
        IEnumerable<string> codes = formSide.Rows.CodeSystem == RowCodeSystem.Functional ? _unknowns.Functional.Keys : _unknowns.Economic.Keys;
        var levels = formSide.Rows.Levels.OrderBy(l => l).ToArray();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var level = levels.LastOrDefault(l => l <= code.Length);
            if (level > 0 && side.Row(code[..level]) is null)
            {
                missing.Add(code[..level]);
            }
        }

        foreach (var prefix in missing)
        {
            foreach (var column in formSide.Columns)
            {
                var terms = Terms(formTable.Select, prefix, formSide, column);
                yield return new CellConstraint($"{CellNames.Row(_document, table, side, prefix)}/{column.Id} (row not printed)", 0m, table.Unit, formTable.Decimals, terms);
            }
        }
    }

    private int[] RowTerms(FormTable table, FormSide side, PrintedFormRow row, FormColumn column)
    {
        switch (row.Kind)
        {
            case PrintedRowKind.Code:
                return Terms(table.Select, row.Id, side, column);
            case PrintedRowKind.Line when side.Rows.Lines.FirstOrDefault(l => l.Id == row.Id) is { } line:
                return LineTerms(table, side, line, column);
            case PrintedRowKind.Total when side.Rows.Source == RowSource.Lines:
                var summed = side.Rows.Total.Sums.Count > 0
                    ? side.Rows.Total.Sums.Select(id => side.Rows.Lines.First(l => l.Id == id))
                    : side.Rows.Lines.Where(l => l.Level == 0);
                return Union(summed.Select(l => LineTerms(table, side, l, column)));
            case PrintedRowKind.Line:
                return [];
            default:
                return Terms(table.Select, string.Empty, side, column);
        }
    }

    private int[] LineTerms(FormTable table, FormSide side, FormLine line, FormColumn column)
        => line.Sums.Count == 0
            ? Terms(table.Select.Narrow(line.Select), string.Empty, side, column)
            : Union(line.Sums.Select(id => side.Rows.Lines.First(l => l.Id == id)).Select(l => LineTerms(table, side, l, column)));

    /// <summary>The unknowns a part column takes under a code prefix; a column declared a sum takes its parts'.</summary>
    private int[] Terms(FactSelector rowSelect, string codePrefix, FormSide side, FormColumn column)
    {
        if (column.Sums.Count > 0)
        {
            return Union(column.Sums.Select(side.Column).Where(c => c is not null).Select(c => Terms(rowSelect, codePrefix, side, c!)));
        }

        var select = rowSelect.Narrow(column.Select);
        var atoms = _unknowns.Atoms;
        return Enumerable.Range(0, atoms.Count)
            .Where(i => atoms[i].Code.StartsWith(codePrefix, StringComparison.Ordinal) && atoms[i].Matches(select))
            .ToArray();
    }

    private static int[] Union(IEnumerable<int[]> parts) => parts.SelectMany(p => p).Distinct().Order().ToArray();
}
