using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Tables;

namespace BudgetSdk.Forms.Deriving;

/// <summary>
/// Hebei's nine tables (<see cref="BudgetTable"/>, T1 … T9) read off a document derived in Hebei's form
/// (<see cref="FormDerivation"/>): the form decides every row, amount, title and note; this only says which form
/// table is which <see cref="TableId"/> and how its columns are named in the model, whose names the table identities, the
/// audit and the disclosure JSON use (they predate the form, which prints e.g. 预算数 on both sides of 部门预算收支总表).
/// </summary>
internal static class HebeiTables
{
    // Per table: the form's table id and, per side, the column ids in the model's order, each with the model's name where it
    // is not the form's printed label. T1 and T4 print income and expense side by side: a row's cells are the income side's,
    // then the expense side's.
    private static readonly (TableId Id, string Form, (string Side, (string Column, string? Name)[] Columns)[] Sides)[] Map =
    [
        (TableId.T1, "t1", [("income", [("amount", "收入预算数")]), ("expense", [("amount", "支出预算数")])]),
        (TableId.T2, "t2", [("main", [("total", null), ("subtotal", null), ("fiscal", null), ("special", null), ("business", null), ("operating", null), ("superior", null), ("affiliated", null), ("other", null), ("carried", null)])]),
        (TableId.T3, "t3", [("main", [("total", null), ("basic", null), ("project", null), ("operating", null), ("remittance", null), ("subsidy", null)])]),
        (TableId.T4, "t4", [("income", [("amount", "收入金额")]), ("expense", [("total", null), ("general", null), ("fund", null), ("capital", null)])]),
        (TableId.T5, "t5", [("main", [("total", null), ("basic", null), ("project", null)])]),
        (TableId.T6, "t6", [("main", [("total", null), ("personnel", null), ("publicUse", null)])]),
        (TableId.T7, "t7", [("main", [("total", null), ("basic", null), ("project", null)])]),
        (TableId.T8, "t8", [("main", [("total", null), ("basic", null), ("project", null)])]),
        (TableId.T9, "t9", [("main", [("total", null), ("general", "一般公共预算财政拨款"), ("fund", "政府性基金预算财政拨款"), ("capital", "国有资本经营预算财政拨款")])]),
    ];

    /// <summary>The nine tables, T1 … T9, of a document derived in a Hebei form.</summary>
    /// <exception cref="InvalidOperationException">The form lacks a table, side or column the nine tables need.</exception>
    public static IReadOnlyList<BudgetTable> Of(FormDocument document)
        => Map.Select(m => Table(document, m.Id, m.Form, m.Sides)).ToArray();

    private static BudgetTable Table(FormDocument document, TableId id, string formId, (string Side, (string Column, string? Name)[] Columns)[] sides)
    {
        var printed = document.Table(formId) ?? throw Missing(document, $"table {formId}");
        var form = document.Form.Tables.First(t => t.Id == formId);
        var parts = sides.Select(s =>
        {
            var side = printed.Side(s.Side) ?? throw Missing(document, $"side {formId}.{s.Side}");
            var formSide = form.Side(s.Side)!;
            var indices = s.Columns.Select(c => side.IndexOf(c.Column) is var i and >= 0 ? i : throw Missing(document, $"column {formId}.{s.Side}.{c.Column}")).ToArray();
            var names = s.Columns.Select(c => c.Name ?? formSide.Column(c.Column)!.Labels[0]);
            return (Side: side, Form: formSide, Indices: indices, Names: names);
        }).ToArray();
        var columns = parts.SelectMany(p => p.Names).ToArray();
        var rows = parts.Length == 1
            ? parts[0].Side.Rows.Select(r => new TableRow(r.Kind == PrintedRowKind.Code ? r.Id : null, r.Label, Cells(r, parts[0].Indices))).ToList()
            : SideBySide(parts[0], parts[1]);
        return new BudgetTable(id, printed.Title, columns, rows, printed.Note?.Text);
    }

    /// <summary>
    /// Income and expense rows paired as 收支总表 prints them: the lines above each side's first sum line (本年收入合计) row by
    /// row, then the sum lines and what follows them row by row, and the two totals (收入总计, 支出总计) last; a side with fewer
    /// lines leaves its label empty and its cells zero.
    /// </summary>
    private static List<TableRow> SideBySide((PrintedSide Side, FormSide Form, int[] Indices, IEnumerable<string> Names) income, (PrintedSide Side, FormSide Form, int[] Indices, IEnumerable<string> Names) expense)
    {
        var (incomeBody, incomeTail, incomeTotal) = Split(income.Side, income.Form);
        var (expenseBody, expenseTail, expenseTotal) = Split(expense.Side, expense.Form);
        var rows = new List<TableRow>();
        Pair(incomeBody, expenseBody);
        Pair(incomeTail, expenseTail);
        Pair(incomeTotal, expenseTotal);
        return rows;

        void Pair(IReadOnlyList<PrintedFormRow> left, IReadOnlyList<PrintedFormRow> right)
        {
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                var l = i < left.Count ? left[i] : null;
                var r = i < right.Count ? right[i] : null;
                rows.Add(new TableRow(
                    null,
                    l?.Label ?? string.Empty,
                    Cells(l, income.Indices).Concat(Cells(r, expense.Indices)).ToArray(),
                    r?.Label ?? string.Empty));
            }
        }
    }

    private static (PrintedFormRow[] Body, PrintedFormRow[] Tail, PrintedFormRow[] Total) Split(PrintedSide side, FormSide form)
    {
        var sums = form.Rows.Lines.Where(l => l.Sums.Count > 0).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var lines = side.Rows.Where(r => r.Kind != PrintedRowKind.Total).ToArray();
        var first = Array.FindIndex(lines, r => sums.Contains(r.Id));
        var body = first < 0 ? lines.Length : first;
        return (lines[..body], lines[body..], side.Rows.Where(r => r.Kind == PrintedRowKind.Total).ToArray());
    }

    private static decimal[] Cells(PrintedFormRow? row, int[] indices)
        => indices.Select(i => row?.Cells[i] ?? 0m).ToArray();

    private static InvalidOperationException Missing(FormDocument document, string what)
        => new($"the form {document.Form.Id} has no {what}, which Hebei's nine tables need");
}
