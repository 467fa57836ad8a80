using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Deriving;

/// <summary>The rows of one side of a table, from the atoms: fixed lines, code rows, or the one row.</summary>
internal sealed class SideDerivation
{
    private readonly FormTable _table;
    private readonly FormSide _side;
    private readonly FormAtoms _atoms;
    private readonly DisclosureFacts _facts;
    private readonly FormColumn[] _columns;

    public SideDerivation(FormTable table, FormSide side, FormAtoms atoms, DisclosureFacts facts, string kind)
    {
        // A column the form prints for another document kind only (人员/公用 of a 单位预算) is summed but not printed.
        _columns = side.Columns.Where(c => c.PrintsFor(kind)).ToArray();
        _table = table;
        _side = side;
        _atoms = atoms;
        _facts = facts;
    }

    public PrintedSide Derive()
    {
        var rows = _side.Rows.Source switch
        {
            RowSource.Lines => LineRows(),
            RowSource.Codes => CodeRows(),
            _ => new List<PrintedFormRow> { Row(PrintedRowKind.Single, FormCellRef.SingleRow, string.Empty, Cells(_table.Select, string.Empty), present: true) },
        };
        if (_side.Rows.Total.Position is TotalPosition.First or TotalPosition.Last)
        {
            var total = Row(PrintedRowKind.Total, FormCellRef.TotalRow, _side.Rows.Total.Labels[0], TotalCells(), present: rows.Count > 0);
            rows.Insert(_side.Rows.Total.Position == TotalPosition.First ? 0 : rows.Count, total);
        }

        return new PrintedSide(_side.Id, _columns.Select(c => c.Id).ToArray(), rows);
    }

    /// <summary>Every fixed line, printed whether or not it has an amount (a line without one prints blank).</summary>
    private List<PrintedFormRow> LineRows()
        => _side.Rows.Lines.Select(l => Row(PrintedRowKind.Line, l.Id, l.Labels[0], LineCells(l), present: true)).ToList();

    private decimal[] LineCells(FormLine line)
    {
        if (line.Sums.Count == 0)
        {
            return Cells(_table.Select.Narrow(line.Select), string.Empty);
        }

        var parts = line.Sums.Select(id => _side.Rows.Lines.First(l => l.Id == id)).Select(LineCells).ToArray();
        return Enumerable.Range(0, _columns.Length).Select(c => parts.Sum(p => p[c])).ToArray();
    }

    private decimal[] TotalCells()
    {
        if (_side.Rows.Source != RowSource.Lines)
        {
            return Cells(_table.Select, string.Empty);
        }

        var summed = _side.Rows.Total.Sums.Count > 0
            ? _side.Rows.Total.Sums.Select(id => _side.Rows.Lines.First(l => l.Id == id))
            : _side.Rows.Lines.Where(l => l.Level == 0);
        var parts = summed.Select(LineCells).ToArray();
        return Enumerable.Range(0, _columns.Length).Select(c => parts.Sum(p => p[c])).ToArray();
    }

    /// <summary>The codes present (with an amount in some column) and their ancestors at the form's levels, in code order.</summary>
    private List<PrintedFormRow> CodeRows()
    {
        var rows = _side.Rows;
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in CodesPresent())
        {
            if (rows.Levels.Contains(code.Length))
            {
                names.TryAdd(code, name);
            }
        }

        if (rows.AllClasses)
        {
            foreach (var root in FunctionalCode.ForEdition(_facts.Edition).Roots.Where(r => r.Code.Length == 3))
            {
                names.TryAdd(root.Code, root.Name);
            }
        }

        var result = new List<PrintedFormRow>();
        var ordinal = 0;
        foreach (var (code, name) in names)
        {
            var cells = Cells(_table.Select, code);
            var present = cells.Any(c => c != 0m);
            if (!present && !(rows.AllClasses && code.Length == 3))
            {
                continue;
            }

            var label = rows.ClassLabels is { } pattern && code.Length == 3
                ? pattern.Replace("{n}", ChineseOrdinal.Of(++ordinal), StringComparison.Ordinal).Replace("{name}", name, StringComparison.Ordinal)
                : name;
            result.Add(Row(PrintedRowKind.Code, code, label, cells, present: true));
        }

        return result;
    }

    /// <summary>Each code a table's atoms name, with its ancestors, as (digits, name).</summary>
    private IEnumerable<(string Code, string Name)> CodesPresent()
    {
        if (_side.Rows.CodeSystem == RowCodeSystem.Functional)
        {
            foreach (var s in _facts.Spending)
            {
                for (var c = s.Code; c is not null; c = c.Parent)
                {
                    yield return (c.Code, c.Name);
                }
            }
        }
        else
        {
            // 机关运行经费 stated by 款 may name 款 the 基本支出 lacks (Jiangsu 2017 counts 项目支出 in it).
            var codes = _facts.BasicExpenditures.Select(b => b.Code)
                .Concat(_facts.OperatingFunds.Where(o => o.Code is not null).Select(o => o.Code!));
            foreach (var code in codes)
            {
                for (var c = code; c is not null; c = c.Parent)
                {
                    yield return (c.Code, c.Name);
                }
            }
        }
    }

    /// <summary>Each column's amount under a code prefix: a column that sums others is their sum, so its 合计 always holds.</summary>
    private decimal[] Cells(FactSelector rowSelect, string codePrefix)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        decimal Value(FormColumn column)
        {
            if (values.TryGetValue(column.Id, out var known))
            {
                return known;
            }

            var value = column.Sums.Count > 0
                ? column.Sums.Sum(id => Value(_side.Column(id)!))
                : _atoms.Sum(rowSelect.Narrow(column.Select), codePrefix);
            values[column.Id] = value;
            return value;
        }

        return _columns.Select(Value).ToArray();
    }

    /// <summary>A row with zeros blank, unless the table prints zeros (then a row that prints keeps 0.00).</summary>
    private PrintedFormRow Row(PrintedRowKind kind, string id, string label, decimal[] cells, bool present)
    {
        // A printed zero carries the table's decimals (0.00), as every other cell does.
        var zero = new decimal(0, 0, 0, false, (byte)_table.Decimals);
        var printed = cells.Select(c => c != 0m ? c : _table.PrintsZeros && present && cells.Any(x => x != 0m) ? zero : (decimal?)null).ToArray();
        return new PrintedFormRow(kind, id, label, printed, 0);
    }
}
