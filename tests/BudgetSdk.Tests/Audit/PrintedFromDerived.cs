using System.Globalization;
using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// A derived disclosure as a publisher would print it: every table with zero printed blank, the projects with their
/// plans in percent, the sections' figures as quoted amounts, and every section heading with text under it. It is correct by construction, so a test breaks one
/// thing and expects exactly one finding.
/// </summary>
public static class PrintedFromDerived
{
    public static PublishedDisclosure Of(Disclosure disclosure)
    {
        var line = 1;
        var tables = disclosure.Tables
            .Select(t => new PrintedTable(t.Id, t.Title, t.Columns, t.Rows.Select(r => new PrintedRow(r.Code, r.Label, r.ExpenseLabel, r.Cells.Select(c => c == 0m ? (decimal?)null : c).ToArray(), ++line)).ToArray(), line++))
            .ToArray();
        var projects = disclosure.Facts.Projects.Select((p, i) =>
        {
            var (fiscal, other) = disclosure.ProjectFunds[i];
            return new PrintedProject(p.Code, p.Name, fiscal + other, fiscal, other == 0m ? null : other, p.Purpose, "资金支出计划（%）",
                p.Plan is { } plan ? plan.Points.Select(v => (string?)(v.ToString(CultureInfo.InvariantCulture) + "%")).ToArray() : new string?[4],
                p.Goals, Array.Empty<PrintedIndicator>(), 1000 + (i * 20));
        }).ToArray();
        return new PublishedDisclosure
        {
            Format = TextFormat.TabSeparated,
            Header = disclosure.Header,
            Units = disclosure.Facts.Units,
            Tables = tables,
            Projects = projects,
            QuotedAmounts = Quotes(disclosure).ToArray(),
            Sections = disclosure.Template.Sections.Lines.Select((l, i) => new PrintedSection(i + 1, l.Label, IsEmpty: false, 400 + (i * 10))).ToArray(),
        };
    }

    /// <summary>The same document with one table's cell replaced (null prints blank).</summary>
    public static PublishedDisclosure WithCell(this PublishedDisclosure document, TableId id, string row, string column, decimal? value)
    {
        var table = document.Table(id) ?? throw new ArgumentException($"no {id}");
        var index = table.Columns.ToList().IndexOf(column);
        index.ShouldBeGreaterThanOrEqualTo(0, $"{id} has no column {column}");
        var found = false;
        var rows = table.Rows.Select(r =>
        {
            if (found || (r.Code ?? r.Label) != row && r.ExpenseLabel != row)
            {
                return r;
            }

            found = true;
            var cells = r.Cells.ToArray();
            cells[index] = value;
            return r with { Cells = cells };
        }).ToArray();
        found.ShouldBeTrue($"{id} has no row {row}");
        return document.With(tables: document.Tables.Select(t => t == table ? t with { Rows = rows } : t).ToArray());
    }

    /// <summary>A copy with some parts replaced.</summary>
    public static PublishedDisclosure With(this PublishedDisclosure document, IReadOnlyList<PrintedTable>? tables = null,
        IReadOnlyList<PrintedProject>? projects = null, IReadOnlyList<QuotedAmount>? quotes = null, DisclosureHeader? header = null,
        IReadOnlyList<PrintedSection>? sections = null)
        => new()
        {
            Format = document.Format,
            Header = header ?? document.Header,
            Units = document.Units,
            Tables = tables ?? document.Tables,
            Projects = projects ?? document.Projects,
            QuotedAmounts = quotes ?? document.QuotedAmounts,
            Sections = sections ?? document.Sections,
            ProjectList = document.ProjectList,
        };

    private static IEnumerable<QuotedAmount> Quotes(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var quoted = new (int Section, string Subject, decimal Amount)[]
        {
            (2, QuotedSubjects.Income, f.Income), (2, QuotedSubjects.GeneralPublicBudgetIncome, f.IncomeByLine[0].Value),
            (2, QuotedSubjects.GovernmentFundIncome, f.IncomeByLine[1].Value), (2, QuotedSubjects.CarriedOver, f.CarriedOver),
            (2, QuotedSubjects.Expense, f.Expense), (2, QuotedSubjects.Basic, f.Basic), (2, QuotedSubjects.Personnel, f.Personnel),
            (2, QuotedSubjects.PublicUse, f.PublicUse), (2, QuotedSubjects.Project, f.Project), (3, QuotedSubjects.OperatingFunds, f.OperatingFunds),
            (4, QuotedSubjects.ThreePublic, f.ThreePublic), (4, QuotedSubjects.OverseasTravel, f.OverseasTravel), (4, QuotedSubjects.Vehicles, f.Vehicles),
            (4, QuotedSubjects.VehiclePurchase, f.VehiclePurchase), (4, QuotedSubjects.VehicleOperation, f.VehicleOperation), (4, QuotedSubjects.Reception, f.Reception),
        }.ToList();
        if (disclosure.Facts.Assets is { } assets)
        {
            quoted.Add((9, QuotedSubjects.Assets, Math.Round(assets.Total.Wan, 2)));
        }

        return quoted.Select((q, i) => new QuotedAmount(q.Section, q.Subject, q.Amount, $"{q.Subject} {q.Amount.ToString(CultureInfo.InvariantCulture)}万元", 500 + i));
    }
}
