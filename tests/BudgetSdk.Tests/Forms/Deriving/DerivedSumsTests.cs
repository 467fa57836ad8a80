using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms.Deriving;

/// <summary>
/// Random fact sets derived with every shipped form: every sum the form declares holds in the printed (rounded) figures —
/// columns (合计 = 基本 + 项目), lines, totals, the code hierarchy (类 = its 款, 款 = its 项) and the cross-table identities
/// (checked here by the test, the audit member's auditor not being on a branch yet) — and zeros print as the form says.
/// </summary>
public class DerivedSumsTests
{
    // Every declared sum over every shipped form and kind: FormRoundTripTests.Every_declared_sum_holds_in_the_derived_figures.
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 60));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_grand_total_is_the_exact_total_rounded_and_rows_are_the_codes_present(int seed)
    {
        var facts = RandomFacts.Generate(seed);
        var form = FormCatalog.Shipped.Select("310107", 2025)!;

        var document = FormDerivation.Derive(facts, form);

        var exact = facts.Spending.Sum(s => s.Amount.Yuan);
        document.Table("t1")!.Side("income")!.Cell("total", "amount").GetValueOrDefault().ShouldBe(decimal.Round(exact, 2, MidpointRounding.AwayFromZero));
        var items = document.Table("t2")!.Side("main")!.Rows.Where(r => r.Id.Length == 7).Select(r => r.Id);
        items.ShouldBe(facts.Spending.Select(s => s.Code.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_finance_bureau_2025_keeps_every_declared_sum()
        => DeclaredSums.Broken(ShanghaiDerivationTests.Derive()).ShouldBeEmpty();
}

/// <summary>The sums a form declares, checked on a document's printed cells (blank = 0).</summary>
internal static class DeclaredSums
{
    public static List<string> Broken(FormDocument document)
    {
        var broken = new List<string>();
        foreach (var printed in document.Tables)
        {
            var table = document.Form.Table(printed.TableId)!;
            foreach (var side in table.Sides)
            {
                var rows = printed.Side(side.Id)!;
                CheckSide(broken, table, side, rows);
            }
        }

        foreach (var identity in document.Form.Identities.Where(i => !i.Soft && i.Relation == IdentityRelation.Equal))
        {
            CheckIdentity(broken, document, identity);
        }

        return broken;
    }

    private static void CheckSide(List<string> broken, FormTable table, FormSide side, PrintedSide rows)
    {
        var at = $"{table.Id}.{side.Id}";
        foreach (var row in rows.Rows)
        {
            foreach (var column in side.Columns.Where(c => c.Sums.Count > 0 && rows.IndexOf(c.Id) >= 0 && c.Sums.All(p => rows.IndexOf(p) >= 0)))
            {
                Equal(broken, $"{at}.{row.Id}.{column.Id}", rows.Cell(row.Id, column.Id), column.Sums.Select(s => rows.Cell(row.Id, s)));
            }

            if (!table.PrintsZeros && row.Cells.Any(c => c == 0m))
            {
                broken.Add($"{at}.{row.Id}: a zero printed where the form prints blanks");
            }
        }

        foreach (var column in side.Columns.Where(c => rows.IndexOf(c.Id) >= 0))
        {
            decimal? Cell(string row) => rows.Cell(row, column.Id);
            if (side.Rows.Source == RowSource.Lines)
            {
                foreach (var line in side.Rows.Lines.Where(l => l.Sums.Count > 0))
                {
                    Equal(broken, $"{at}.{line.Id}.{column.Id}", Cell(line.Id), line.Sums.Select(Cell));
                }

                var totalParts = side.Rows.Total.Sums.Count > 0 ? side.Rows.Total.Sums : side.Rows.Lines.Where(l => l.Level == 0).Select(l => l.Id).ToList();
                if (side.Rows.Total.Position is TotalPosition.First or TotalPosition.Last)
                {
                    Equal(broken, $"{at}.total.{column.Id}", Cell(FormCellRef.TotalRow), totalParts.Select(Cell));
                }
            }
            else if (side.Rows.Source == RowSource.Codes)
            {
                var codes = rows.Rows.Where(r => r.Kind == PrintedRowKind.Code).Select(r => r.Id).ToList();
                var top = side.Rows.Levels.Min();
                if (side.Rows.Total.Position is TotalPosition.First or TotalPosition.Last)
                {
                    Equal(broken, $"{at}.total.{column.Id}", Cell(FormCellRef.TotalRow), codes.Where(c => c.Length == top).Select(Cell));
                }

                foreach (var code in codes)
                {
                    var next = side.Rows.Levels.Where(l => l > code.Length).DefaultIfEmpty(0).Min();
                    var children = codes.Where(c => c.Length == next && c.StartsWith(code, StringComparison.Ordinal)).ToArray();
                    if (children.Length > 0)
                    {
                        Equal(broken, $"{at}.{code}.{column.Id}", Cell(code), children.Select(Cell));
                    }
                }
            }
        }
    }

    private static void CheckIdentity(List<string> broken, FormDocument document, FormIdentity identity)
    {
        var left = Side(document, identity.Left);
        var rights = identity.Right.Select(r => (Ref: r, Side: Side(document, r))).ToArray();
        if (left is null || rights.Any(r => r.Side is null))
        {
            broken.Add($"{identity.Id}: a table or side it names is not derived");
            return;
        }

        if (identity.Left.Row != FormCellRef.EachCode)
        {
            Equal(broken, identity.Id, CellOf(left.Value, identity.Left), rights.Select(r => CellOf(r.Side!.Value, r.Ref)));
            return;
        }

        // Codes are matched at the levels both sides list (t1's 类 against t3's 类); a side of fixed lines standing for 类
        // (Hebei's T1) lists the codes of its lines.
        var levels = rights.Aggregate(Levels(left.Value.Side), (l, r) => l.Intersect(Levels(r.Side!.Value.Side))).ToHashSet();
        var codes = rights.Select(r => r.Side!.Value).Prepend(left.Value).SelectMany(Codes).Where(c => levels.Contains(c.Length)).Distinct();
        foreach (var code in codes)
        {
            Equal(broken, $"{identity.Id}.{code}", CodeCell(left.Value, code, identity.Left.Column), rights.Select(r => CodeCell(r.Side!.Value, code, r.Ref.Column)));
        }
    }

    private static IEnumerable<int> Levels(FormSide side)
        => side.Rows.HasCodeLines ? side.Rows.Lines.Select(l => l.Select.FunctionalCode).OfType<string>().Select(c => c.Length).Distinct() : side.Rows.Levels;

    private static IEnumerable<string> Codes((FormSide Side, PrintedSide Rows) side)
        => side.Rows.Rows.Select(r => r.Kind == PrintedRowKind.Code ? r.Id : side.Side.Rows.Lines.FirstOrDefault(l => l.Id == r.Id)?.Select.FunctionalCode).OfType<string>();

    private static decimal? CodeCell((FormSide Side, PrintedSide Rows) side, string code, string column)
        => side.Rows.Cell(side.Side.Rows.LineFor(code)?.Id ?? code, column);

    /// <summary>A cell; the total of a side whose total is unprinted is the sum of its top rows.</summary>
    private static decimal? CellOf((FormSide Side, PrintedSide Rows) side, FormCellRef cell)
        => cell.Row == FormCellRef.TotalRow && side.Side.Rows.Total.Position == TotalPosition.Unprinted
            ? side.Rows.Rows.Where(r => r.Kind != PrintedRowKind.Code || r.Id.Length == side.Side.Rows.Levels.DefaultIfEmpty(3).Min()).Sum(r => side.Rows.Cell(r.Id, cell.Column) ?? 0m)
            : side.Rows.Cell(cell.Row, cell.Column);

    private static (FormSide Side, PrintedSide Rows)? Side(FormDocument document, FormCellRef cell)
        => document.Form.Table(cell.Table)?.Side(cell.Side) is { } side && document.Table(cell.Table)?.Side(cell.Side) is { } rows ? (side, rows) : null;

    private static void Equal(List<string> broken, string at, decimal? total, IEnumerable<decimal?> parts)
    {
        var sum = parts.Sum(p => p ?? 0m);
        if ((total ?? 0m) != sum)
        {
            broken.Add($"{at}: {total ?? 0m} printed, its parts add up to {sum}");
        }
    }
}
