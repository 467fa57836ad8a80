using BudgetSdk.Amounts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Check 2: the form's <see cref="FormIdentity"/> relations across tables. Cells of tables in different units compare in the
/// coarser unit, each side rounded to that table's printed decimals (229.4335万元 ≈ 229.43). A <c>*</c> row runs over every code
/// of the levels all its sides list, a code a table lacks counting 0. An identity naming a table the document does not
/// print (or a side printed without any row, i.e. not read), or a fixed row it does not print, is not checked (nothing is there to compare).
/// </summary>
internal static class IdentityCheck
{
    public static void Check(FormDocument document, List<Finding> findings)
    {
        foreach (var identity in document.Form.Identities)
        {
            var refs = identity.Right.Prepend(identity.Left).ToArray();
            if (refs.Any(r => document.Form.Table(r.Table) is null || !IsRead(document, r)))
            {
                continue;
            }

            var unit = refs.Select(r => document.Table(r.Table)!.Unit).Aggregate(Units.Coarser);
            var decimals = refs.Where(r => document.Table(r.Table)!.Unit == unit).Select(r => document.Form.Table(r.Table)!.Decimals).Min();
            foreach (var row in Rows(document, refs))
            {
                if (Value(document, identity.Left, row, unit) is not { } left)
                {
                    continue;
                }

                var parts = identity.Right.Select(r => Value(document, r, row, unit)).ToArray();
                if (parts.Any(p => p is null))
                {
                    continue;
                }

                var leftRounded = Units.Round(left, decimals);
                var right = Units.Round(parts.Sum(p => p!.Value), decimals);
                var holds = identity.Relation switch
                {
                    IdentityRelation.AtLeast => leftRounded >= right,
                    IdentityRelation.AtMost => leftRounded <= right,
                    _ => leftRounded == right,
                };
                if (holds)
                {
                    continue;
                }

                var rule = identity.Soft ? FormRules.SoftIdentity : FormRules.Identity;
                var sign = identity.Relation switch { IdentityRelation.AtLeast => "≥", IdentityRelation.AtMost => "≤", _ => "=" };
                var concrete = identity.Left.Row == FormCellRef.EachCode ? row : identity.Left.Row;
                var printed = FindingText.Amount(leftRounded, decimals);
                var expected = (identity.Relation == IdentityRelation.Equal ? string.Empty : sign) + FindingText.Amount(right, decimals);
                var message = $"{identity.Id}: {identity.Description}" + (identity.Left.Row == FormCellRef.EachCode ? $" (row {row})" : string.Empty)
                    + $" — {printed} {FindingText.Unit(unit)} is not {sign} {FindingText.Amount(right, decimals)} (Σ {string.Join(" + ", identity.Right)})";
                findings.Add(FindingText.Of(
                    rule,
                    FindingText.Location(identity.Left.Table, identity.Left.Side, concrete, identity.Left.Column),
                    printed,
                    expected,
                    message,
                    LineOf(document, identity.Left, concrete)));
            }
        }
    }

    /// <summary>The rows to compare: one (<c>null</c> stands for the identity's own rows) or every code of a <c>*</c> identity.</summary>
    private static IEnumerable<string> Rows(FormDocument document, FormCellRef[] refs)
    {
        var each = refs.Where(r => r.Row == FormCellRef.EachCode).ToArray();
        if (each.Length == 0)
        {
            return new[] { string.Empty };
        }

        // Only the levels every side involved lists: T1 lists 类, T3 类/款/项, so they meet on 类. A side of fixed lines lists
        // the codes its lines stand for (Hebei's 31 类 lines).
        var levels = each.Select(r => Levels(document.Form.Table(r.Table)?.Side(r.Side)?.Rows))
            .Aggregate((a, b) => a.Intersect(b)).ToHashSet();
        return each.SelectMany(r => Codes(document, r))
            .Where(code => levels.Contains(code.Length))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<int> Levels(FormRows? rows) => rows switch
    {
        null => [],
        { HasCodeLines: true } => rows.Lines.Select(l => l.Select.FunctionalCode).OfType<string>().Select(c => c.Length).Distinct(),
        _ => rows.Levels,
    };

    // The codes a side prints: its code rows, or the codes its printed fixed lines stand for.
    private static IEnumerable<string> Codes(FormDocument document, FormCellRef cell)
    {
        var rows = document.Table(cell.Table)?.Side(cell.Side)?.Rows ?? Array.Empty<PrintedFormRow>();
        var lines = document.Form.Table(cell.Table)?.Side(cell.Side)?.Rows.Lines ?? [];
        return rows.Select(r => r.Kind == PrintedRowKind.Code ? r.Id : lines.FirstOrDefault(l => l.Id == r.Id)?.Select.FunctionalCode).OfType<string>();
    }

    /// <summary>A cell in <paramref name="unit"/>: blank is 0, a missing code row is 0, a missing fixed row is null (not checked).</summary>
    private static decimal? Value(FormDocument document, FormCellRef cell, string code, MoneyUnit unit)
    {
        var table = document.Table(cell.Table)!;
        if (table.Side(cell.Side) is not { } side || side.IndexOf(cell.Column) < 0)
        {
            return null;
        }

        var rowId = cell.Row == FormCellRef.EachCode ? code : cell.Row;
        rowId = IsCode(rowId) && document.Form.Table(cell.Table)?.Side(cell.Side)?.Rows.LineFor(rowId) is { } line ? line.Id : rowId;
        var row = side.Row(rowId);
        if (row is null)
        {
            return IsCode(rowId) ? 0m : null;
        }

        return Units.Convert(row.Cells[side.IndexOf(cell.Column)] ?? 0m, table.Unit, unit);
    }

    /// <summary>
    /// True when the cell's side was printed with rows: every printed side has at least its total (or its one) row, so a side
    /// without any is one not read, and its codes cannot count as 0.
    /// </summary>
    private static bool IsRead(FormDocument document, FormCellRef cell) => document.Table(cell.Table)?.Side(cell.Side)?.Rows.Count > 0;

    private static bool IsCode(string row) => row.Length > 0 && row.All(char.IsAsciiDigit);

    private static int? LineOf(FormDocument document, FormCellRef cell, string row)
        => document.Table(cell.Table)?.Side(cell.Side)?.Row(row)?.Line ?? document.Table(cell.Table)?.Line;
}
