using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Deriving;

/// <summary>
/// The facts as <see cref="FactAtom"/>s in one unit and number of decimals, rounded by <see cref="Apportionment"/> (largest
/// remainder), the one rounding of every form's tables, Hebei's included: spending nested by kind, then source, under the rounded grand
/// total; the 基本支出 款 apportioned to the printed 一般公共预算 基本支出 (so the economic table's 合计 equals the functional
/// table's 基本支出); 机关运行经费 as stated, or else the rounded 公用经费 of those 款; “三公” nested by fund. Amounts already
/// whole in the printed precision stay unchanged.
/// </summary>
internal sealed class FormAtoms
{
    private FormAtoms(IReadOnlyList<FactAtom> atoms) => Atoms = atoms;

    /// <summary>Every atom: spending (in code order), 基本支出 by economic 款, 机关运行经费, “三公”, 政府采购.</summary>
    public IReadOnlyList<FactAtom> Atoms { get; }

    /// <summary>Rounds the facts to the unit and decimals.</summary>
    public static FormAtoms Round(DisclosureFacts facts, MoneyUnit unit, int decimals, MidpointRounding midpoint)
    {
        var atoms = new List<FactAtom>();
        var spending = RoundSpending(facts.Spending, unit, decimals, midpoint);
        atoms.AddRange(spending);

        var basics = facts.BasicExpenditures
            .GroupBy(b => b.Code.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Personnel: Money.Sum(g.Select(b => b.Personnel)).In(unit), PublicUse: Money.Sum(g.Select(b => b.PublicUse)).In(unit)))
            .ToArray();
        var exact = basics.SelectMany(b => new[] { b.Personnel, b.PublicUse }).ToArray();
        var printedBasic = spending.Where(s => s.Fund == FundingSource.GeneralPublicBudget && s.Kind == ExpenseKind.Basic).Sum(s => s.Amount);
        var cells = WithinReach(exact, printedBasic, decimals)
            ? Apportionment.RoundGroupTo(exact, printedBasic, decimals)
            : Apportionment.RoundGroup(exact, decimals, midpoint);
        for (var i = 0; i < basics.Length; i++)
        {
            atoms.Add(new FactAtom(FactMeasure.BasicByEconomic, basics[i].Code, ExpenseKind.Basic, FundingSource.GeneralPublicBudget, false, BasicPart.Personnel, null, cells[2 * i]));
            atoms.Add(new FactAtom(FactMeasure.BasicByEconomic, basics[i].Code, ExpenseKind.Basic, FundingSource.GeneralPublicBudget, false, BasicPart.PublicUse, null, cells[(2 * i) + 1]));
        }

        atoms.AddRange(facts.OperatingFunds.Count > 0
            ? RoundOperatingFunds(facts.OperatingFunds, unit, decimals, midpoint)
            : atoms.Where(a => a.Measure == FactMeasure.BasicByEconomic && a.Part == BasicPart.PublicUse).Select(a => a with { Measure = FactMeasure.OperatingFunds, Part = null }).ToArray());

        var threePublic = facts.ThreePublic
            .GroupBy(t => (t.Fund, t.Component))
            .OrderBy(g => g.Key.Fund).ThenBy(g => g.Key.Component)
            .Select(g => (g.Key.Fund, g.Key.Component, Amount: Money.Sum(g.Select(t => t.Amount)).In(unit)))
            .ToArray();
        var byFund = threePublic.GroupBy(t => t.Fund).ToArray();
        var fundTotals = Apportionment.RoundGroup(byFund.Select(f => f.Sum(t => t.Amount)).ToArray(), decimals, midpoint);
        for (var f = 0; f < byFund.Length; f++)
        {
            var items = byFund[f].ToArray();
            var rounded = Apportionment.RoundGroupTo(items.Select(t => t.Amount).ToArray(), fundTotals[f], decimals);
            atoms.AddRange(items.Select((t, i) => new FactAtom(FactMeasure.ThreePublic, string.Empty, null, t.Fund, false, null, t.Component, rounded[i])));
        }

        atoms.AddRange(RoundProcurement(facts.Procurement, unit, decimals, midpoint));
        return new FormAtoms(atoms);
    }

    /// <summary>The sum of the atoms the selector takes whose code starts with the prefix (empty: every code).</summary>
    public decimal Sum(FactSelector select, string codePrefix)
        => Atoms.Where(a => a.Code.StartsWith(codePrefix, StringComparison.Ordinal) && a.Matches(select)).Sum(a => a.Amount);

    /// <summary>The kinds (T3's column totals), then the sources within a kind, then the facts, each step apportioned from the one above.</summary>
    private static List<FactAtom> RoundSpending(IReadOnlyList<Spending> spending, MoneyUnit unit, int decimals, MidpointRounding midpoint)
    {
        var merged = spending
            .GroupBy(s => (Code: s.Code.Code, s.Kind, s.Source, s.CarriedOver, s.Part))
            .Select(g => (g.Key, Amount: Money.Sum(g.Select(s => s.Amount)).In(unit)))
            .OrderBy(m => m.Key.Code, StringComparer.Ordinal).ThenBy(m => m.Key.Kind).ThenBy(m => m.Key.Source).ThenBy(m => m.Key.CarriedOver).ThenBy(m => m.Key.Part)
            .ToArray();
        var kinds = merged.GroupBy(m => m.Key.Kind).OrderBy(g => g.Key).ToArray();
        var kindTotals = Apportionment.RoundGroup(kinds.Select(k => k.Sum(m => m.Amount)).ToArray(), decimals, midpoint);
        var result = new List<FactAtom>(merged.Length);
        for (var k = 0; k < kinds.Length; k++)
        {
            var sources = kinds[k].GroupBy(m => m.Key.Source).OrderBy(g => g.Key).ToArray();
            var sourceTotals = Apportionment.RoundGroupTo(sources.Select(g => g.Sum(m => m.Amount)).ToArray(), kindTotals[k], decimals);
            for (var s = 0; s < sources.Length; s++)
            {
                var items = sources[s].ToArray();
                var cells = Apportionment.RoundGroupTo(items.Select(m => m.Amount).ToArray(), sourceTotals[s], decimals);
                result.AddRange(items.Select((m, i) => new FactAtom(FactMeasure.Spending, m.Key.Code, m.Key.Kind, m.Key.Source, m.Key.CarriedOver, Of(m.Key.Part), null, cells[i])));
            }
        }

        return result
            .OrderBy(a => a.Code, StringComparer.Ordinal).ThenBy(a => a.Kind).ThenBy(a => a.Fund).ThenBy(a => a.CarriedOver).ThenBy(a => a.Part)
            .ToList();
    }

    /// <summary>The stated 机关运行经费 by 款 (or as one amount), rounded as one group.</summary>
    private static IEnumerable<FactAtom> RoundOperatingFunds(IReadOnlyList<OperatingFundsAmount> stated, MoneyUnit unit, int decimals, MidpointRounding midpoint)
    {
        var merged = stated
            .GroupBy(o => o.Code?.Code ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Amount: Money.Sum(g.Select(o => o.Amount)).In(unit)))
            .ToArray();
        var rounded = Apportionment.RoundGroup(merged.Select(m => m.Amount).ToArray(), decimals, midpoint);
        return merged.Select((m, i) => new FactAtom(FactMeasure.OperatingFunds, m.Code, null, FundingSource.GeneralPublicBudget, false, null, null, rounded[i]));
    }

    /// <summary>政府采购 by (品目 category, source, 上年结转), the categories rounded as one group.</summary>
    private static IEnumerable<FactAtom> RoundProcurement(IReadOnlyList<ProcurementLine> lines, MoneyUnit unit, int decimals, MidpointRounding midpoint)
    {
        var merged = lines
            .SelectMany(l => l.Amounts.Select(a => (Category: ProcurementCategory.Of(l.CatalogueCode), a.Source, a.CarriedOver, a.Amount)))
            .GroupBy(a => (a.Category, a.Source, a.CarriedOver))
            .OrderBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Source).ThenBy(g => g.Key.CarriedOver)
            .Select(g => (g.Key, Amount: Money.Sum(g.Select(a => a.Amount)).In(unit)))
            .ToArray();
        var rounded = Apportionment.RoundGroup(merged.Select(m => m.Amount).ToArray(), decimals, midpoint);
        return merged.Select((m, i) => new FactAtom(FactMeasure.Procurement, m.Key.Category, null, m.Key.Source, m.Key.CarriedOver, null, null, rounded[i]));
    }

    /// <summary>The form model's part of a split 基本支出 fact.</summary>
    internal static BasicPart? Of(SpendingPart? part) => part switch
    {
        SpendingPart.Personnel => BasicPart.Personnel,
        SpendingPart.PublicUse => BasicPart.PublicUse,
        _ => null,
    };

    /// <summary>True when the printed total can be reached by rounding each amount down or up once (the exact totals agree).</summary>
    private static bool WithinReach(IReadOnlyList<decimal> amounts, decimal total, int decimals)
    {
        var step = 1m;
        for (var d = 0; d < decimals; d++)
        {
            step /= 10m;
        }

        var floor = amounts.Sum(a => decimal.Floor(a / step) * step);
        var ceiling = amounts.Sum(a => decimal.Ceiling(a / step) * step);
        return total >= floor && total <= ceiling;
    }
}
