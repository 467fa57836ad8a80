using BudgetSdk.Forms.Printed;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Forms.Hebei;

/// <summary>
/// Compares the nine tables <c>DisclosureBuilder</c> derives in code (<see cref="BudgetTable"/>) with the same tables derived
/// from Hebei's form file (<see cref="FormDocument"/>), cell by cell: a code row by its code, a fixed line by its label (T1 and
/// T4 print income and expense side by side: a row's income label names an income line, its expense label an expense line;
/// a label printed twice names its lines in order), the title and the note. A blank cell is zero.
/// </summary>
internal static class HebeiCells
{
    // The form's table id and, per side, the columns in the order the code's table prints them.
    private static readonly (TableId Table, string Form, (string Side, string[] Columns)[] Sides)[] Tables =
    [
        (TableId.T1, "t1", [("income", ["amount"]), ("expense", ["amount"])]),
        (TableId.T2, "t2", [("main", ["total", "subtotal", "fiscal", "special", "business", "operating", "superior", "affiliated", "other", "carried"])]),
        (TableId.T3, "t3", [("main", ["total", "basic", "project", "operating", "remittance", "subsidy"])]),
        (TableId.T4, "t4", [("income", ["amount"]), ("expense", ["total", "general", "fund", "capital"])]),
        (TableId.T5, "t5", [("main", ["total", "basic", "project"])]),
        (TableId.T6, "t6", [("main", ["total", "personnel", "publicUse"])]),
        (TableId.T7, "t7", [("main", ["total", "basic", "project"])]),
        (TableId.T8, "t8", [("main", ["total", "basic", "project"])]),
        (TableId.T9, "t9", [("main", ["total", "general", "fund", "capital"])]),
    ];

    /// <summary>Every difference (empty when the two agree), and how many cells were compared.</summary>
    public static (List<string> Differences, int Cells) Compare(Disclosure built, FormDocument derived)
        => Compare(id => built[id], derived);

    /// <summary>Every difference between the nine tables <paramref name="table"/> gives (built in code, or printed and read by
    /// the Hebei importer) and the form's document, and how many cells were compared; the notes too unless
    /// <paramref name="notes"/> is false (the importer keeps no note).</summary>
    public static (List<string> Differences, int Cells) Compare(Func<TableId, BudgetTable> table, FormDocument derived, bool notes = true)
    {
        var differences = new List<string>();
        var cells = 0;
        foreach (var (id, formId, sides) in Tables)
        {
            var code = table(id);
            var form = derived.Table(formId);
            if (form is null)
            {
                differences.Add($"{id}: the form derives no {formId}");
                continue;
            }

            if (code.Title != form.Title)
            {
                differences.Add($"{id}: title {code.Title} in code, {form.Title} from the form");
            }

            if (notes && code.Note != form.Note?.Text)
            {
                differences.Add($"{id}: note {code.Note ?? "none"} in code, {form.Note?.Text ?? "none"} from the form");
            }

            var offset = 0;
            for (var s = 0; s < sides.Length; s++)
            {
                var (sideId, columns) = sides[s];
                var side = form.Side(sideId)!;
                var taken = new HashSet<PrintedFormRow>();
                foreach (var row in code.Rows)
                {
                    var label = sides.Length == 1 || s == 0 ? row.Label : row.ExpenseLabel ?? string.Empty;
                    if (label.Length == 0)
                    {
                        continue;
                    }

                    var match = Find(side, row.Code, label, taken);
                    if (match is null)
                    {
                        differences.Add($"{id}/{sideId}: the row {row.Code ?? label} is not derived from the form");
                        continue;
                    }

                    taken.Add(match);
                    if (row.Code is not null && match.Label != label)
                    {
                        differences.Add($"{id}/{sideId}/{row.Code}: labelled {label} in code, {match.Label} from the form");
                    }

                    for (var c = 0; c < columns.Length; c++)
                    {
                        cells++;
                        var amount = match.Cells[side.IndexOf(columns[c])] ?? 0m;
                        if (amount != row[offset + c])
                        {
                            differences.Add($"{id}/{sideId}/{row.Code ?? label}/{columns[c]}: {row[offset + c]} in code, {amount} from the form");
                        }
                    }
                }

                foreach (var extra in side.Rows.Where(r => !taken.Contains(r)))
                {
                    differences.Add($"{id}/{sideId}: the form derives a row {extra.Id} {extra.Label} the code does not print");
                }

                offset += columns.Length;
            }
        }

        return (differences, cells);
    }

    // A code row by its code; the 合计 row or a fixed line by its label, the first not yet taken.
    private static PrintedFormRow? Find(PrintedSide side, string? code, string label, HashSet<PrintedFormRow> taken)
        => code is not null
            ? side.Row(code)
            : side.Rows.FirstOrDefault(r => r.Kind != PrintedRowKind.Code && r.Label == label && !taken.Contains(r));
}
