using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Facts;

/// <summary>
/// The facts a printed form document states (the inverse of <see cref="FormDerivation.Derive"/>), found from the form alone:
/// each printed cell is a linear constraint on the unknown amounts — spending by (functional leaf code, kind, fund), 基本支出
/// by (economic 款, 人员/公用), 机关运行经费, “三公” by (component, fund), 政府采购 by category — that its table's, line's and column's
/// <see cref="FactSelector"/>s take. Nothing here is a region's.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Leaves only: a code row that another printed code row extends is a sum (the audit checks it), so the unknowns are the
/// codes no printed code extends.</item>
/// <item>Funds, kinds and “三公” components that no selector of the form tells apart are one amount, booked to the first the
/// form names: Shanghai's 其他收入 (which also sums 财政专户, 上级补助 and 附属单位上缴) is booked as 其他收入, a “三公” table of the
/// three 财政拨款 funds as 一般公共预算, 因公出国（境）费 as <see cref="ThreePublicComponent.OverseasTravel"/>. A kind no
/// selector names (经营支出 in a form of 基本/项目 only) is not an unknown.</item>
/// <item>The cells are solved from the most specific outward (see <see cref="FactSolver"/>); a split the document leaves
/// open is chosen by the north-west-corner rule, searched where that choice would break a later cell, and reported in
/// <see cref="FormFactsResult.Choices"/>.</item>
/// <item>The header has no 部门编码 (the forms print none): <see cref="DisclosureHeader.DepartmentCode"/> is empty. The
/// edition is the latest edition of both code lists not after the budget year (the earliest for a year before every edition).</item>
/// <item>Then the facts are derived by the document's own form and every printed cell is compared with the derived one
/// (<see cref="FormFactsResult.Differences"/>).</item>
/// </list>
/// Contradictions and codes missing from the code lists are reported, never thrown.
/// </remarks>
public static class PrintedFormFacts
{
    /// <summary>The facts the document states, or the cells that contradict each other; and the printed cells the facts do not give back.</summary>
    /// <param name="document">A document read (or derived) by its form.</param>
    public static FormFactsResult Reconstruct(FormDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var header = document.Header;
        var edition = Edition(header.Year);
        if (edition is null)
        {
            return Failed("header: the schema has no edition with both the functional and the economic code lists");
        }

        var unread = UnreadTables(document);
        var problems = new List<string>();
        var unknowns = FactUnknowns.Of(document, FunctionalCode.ForEdition(edition.Value), DepartmentEconomicCode.ForEdition(edition.Value), problems);
        var constraints = CellConstraints.Of(document, unknowns);
        var solver = new FactSolver(unknowns, constraints);
        var choices = solver.Solve();
        problems.AddRange(solver.Contradictions());
        if (problems.Count > 0)
        {
            return new FormFactsResult(null, problems, choices, [], 0) { UnreadTables = unread };
        }

        var facts = Facts(document, edition.Value, unknowns, solver.Values);
        FormDocument derived;
        try
        {
            derived = FormDerivation.Derive(facts, document.Form, header.Kind);
        }
        catch (ArgumentException e)
        {
            // A document kind the form lacks, or amounts the derivation cannot round: a reason, not a crash.
            return new FormFactsResult(facts, [$"derivation: {e.Message}"], choices, [], 0) { UnreadTables = unread };
        }

        // A table in 万元 prints each cell rounded from the exact 元 amounts, where the derivation sums amounts rounded first:
        // the facts derived in 元 say which printed cells are that rounding (213.28 for 2,132,7xx 元) and not a disagreement.
        var inYuan = document.Form with { Tables = document.Form.Tables.Select(t => t with { Unit = MoneyUnit.Yuan, Decimals = 2 }).ToArray() };
        var exact = FormDerivation.Derive(facts, inYuan, header.Kind);
        var (differences, compared) = PrintedCellComparison.Compare(document, derived, exact);
        return new FormFactsResult(facts, [], choices, differences, compared) { UnreadTables = unread };
    }

    /// <summary>Each table of the form the document lacks, or prints with no row on any side, as one phrase (in form order).</summary>
    private static IReadOnlyList<string> UnreadTables(FormDocument document)
    {
        var unread = new List<string>();
        var kindLabel = document.Form.Kinds.FirstOrDefault(k => k.Id == document.Header.Kind)?.Labels[0] ?? string.Empty;
        foreach (var table in document.Form.Tables)
        {
            var printed = document.Table(table.Id);
            if (printed is null)
            {
                unread.Add($"{table.Id} ({FormDerivation.Fill(table.Titles[0], document.Header.Year, kindLabel)}) is not in the document");
            }
            // A single-row side whose cells are all blank (an empty “三公” table) is read as a row of blanks by FormReader; a
            // document built otherwise may give it no row, and that too is read, as blanks.
            else if (printed.Sides.All(s => s.Rows.Count == 0) && table.Sides.Any(s => s.Rows.Source != RowSource.Single))
            {
                unread.Add($"{table.Id} ({printed.Title}, line {printed.Line}) has no row read");
            }
        }

        return unread;
    }

    private static SpendingPart? Part(BasicPart? part) => part switch
    {
        BasicPart.Personnel => SpendingPart.Personnel,
        BasicPart.PublicUse => SpendingPart.PublicUse,
        _ => null,
    };

    private static FormFactsResult Failed(string reason) => new(null, [reason], [], [], 0);

    /// <summary>The edition in force for the year (<see cref="EditionInForce"/>) among those with both code lists.</summary>
    private static int? Edition(int year)
        => EditionInForce.Of(FunctionalCode.Editions.Where(e => DepartmentEconomicCode.TryGetEdition(e, out _)).Order().ToArray(), year);

    private static DisclosureFacts Facts(FormDocument document, int edition, FactUnknowns unknowns, IReadOnlyList<decimal> values)
    {
        var spending = new List<Spending>();
        var personnel = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var publicUse = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var threePublic = new List<ThreePublicExpense>();
        var procurement = new List<ProcurementLine>();
        var operatingFunds = new List<OperatingFundsAmount>();
        var statesOperatingFunds = false;
        for (var i = 0; i < values.Count; i++)
        {
            var atom = unknowns.Atoms[i];
            var amount = values[i];
            switch (atom.Measure)
            {
                case FactMeasure.Spending when amount != 0m:
                    spending.Add(new Spending(unknowns.Functional[atom.Code], atom.Kind!.Value, atom.Fund, Money.FromYuan(amount), atom.CarriedOver) { Part = Part(atom.Part) });
                    break;
                case FactMeasure.BasicByEconomic:
                    var parts = atom.Part == BasicPart.Personnel ? personnel : publicUse;
                    parts[atom.Code] = amount;
                    break;
                case FactMeasure.ThreePublic when amount != 0m:
                    threePublic.Add(new ThreePublicExpense(atom.Component!.Value, atom.Fund, Money.FromYuan(amount)));
                    break;
                case FactMeasure.OperatingFunds:
                    statesOperatingFunds = true;
                    if (amount != 0m)
                    {
                        operatingFunds.Add(new OperatingFundsAmount(atom.Code.Length == 0 ? null : unknowns.Economic[atom.Code], Money.FromYuan(amount)));
                    }

                    break;
                case FactMeasure.Procurement when amount != 0m:
                    procurement.Add(CategoryPurchase(document.Header.Department, atom, Money.FromYuan(amount)));
                    break;
            }
        }

        var basics = personnel.Keys
            .Where(code => personnel[code] != 0m || publicUse[code] != 0m)
            .Select(code => new BasicExpenditure(unknowns.Economic[code], Money.FromYuan(personnel[code]), Money.FromYuan(publicUse[code])))
            .ToArray();
        var header = document.Header;
        return new DisclosureFacts
        {
            Header = new DisclosureHeader(header.RegionCode, header.DepartmentCode ?? string.Empty, header.Department, header.Year),
            Edition = edition,
            Spending = spending.OrderBy(s => s.Code.Code, StringComparer.Ordinal).ThenBy(s => s.Kind).ThenBy(s => s.Source).ThenBy(s => s.CarriedOver).ThenBy(s => s.Part).ToArray(),
            BasicExpenditures = basics,
            ThreePublic = threePublic.OrderBy(t => t.Fund).ThenBy(t => t.Component).ToArray(),
            Procurement = procurement,

            // A printed 机关运行经费 of zero is stated too: left out, it would be derived from the 公用经费.
            OperatingFunds = statesOperatingFunds && operatingFunds.Count == 0 ? [new OperatingFundsAmount(null, Money.Zero)] : operatingFunds,
        };
    }

    /// <summary>
    /// A purchase known only by its 品目 category (a 政府采购预算表 of 货物/工程/服务): one 项 of the category's name, its 品目 code
    /// the category letter, nothing reserved for 中小微企业 (the table does not say).
    /// </summary>
    private static ProcurementLine CategoryPurchase(string department, FactAtom atom, Money amount)
        => new(department, string.Empty, Money.Zero, ProcurementCategory.Name(atom.Code), atom.Code, "项", 1m, amount,
            [new ProcurementAmount(atom.Fund, amount, atom.CarriedOver)], Money.Zero);
}
