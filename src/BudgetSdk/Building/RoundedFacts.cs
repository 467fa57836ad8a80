using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Facts;

namespace BudgetSdk.Building;

/// <summary>A spending fact in printed precision (万元, two decimals), after like facts are merged.</summary>
internal sealed record RoundedSpending(FunctionalCode Code, ExpenseKind Kind, FundingSource Source, bool CarriedOver, decimal Wan);

/// <summary>
/// The facts the narrative and the project list quote, in printed precision, rounded by <see cref="Apportionment"/> as
/// the form derivation rounds the tables (<c>Forms.Deriving.FormAtoms</c>), so that they agree with the tables: spending
/// nested by kind, then source, under the grand total; projects apportioned to the printed 项目支出; “三公” nested by fund.
/// Only built from facts that passed the rules, so those exact totals agree.
/// </summary>
internal sealed class RoundedFacts
{
    public RoundedFacts(DisclosureFacts facts, MidpointRounding midpoint)
    {
        Spending = RoundSpending(facts.Spending, midpoint);

        var byFund = facts.ThreePublic.GroupBy(t => t.Fund).OrderBy(g => g.Key).ToArray();
        var components = byFund.Select(f => f.GroupBy(t => t.Component).OrderBy(g => g.Key).ToArray()).ToArray();
        var threePublic = Apportionment.RoundNested(components.Select(f => (IReadOnlyList<Money>)f.Select(c => Money.Sum(c.Select(t => t.Amount))).ToArray()).ToArray(), midpoint);
        ThreePublic = new Dictionary<(ThreePublicComponent, FundingSource), decimal>();
        for (var f = 0; f < byFund.Length; f++)
        {
            for (var c = 0; c < components[f].Length; c++)
            {
                ThreePublic[(components[f][c].Key, byFund[f].Key)] = threePublic[f][c];
            }
        }

        var printedProjects = Spending.Where(s => s.Kind == ExpenseKind.Project).Sum(s => s.Wan);
        var projectAmounts = facts.Projects.SelectMany(p => new[] { p.FiscalFunds, p.OtherFunds }).ToArray();
        var projectCells = projectAmounts.Length == 0 ? Array.Empty<decimal>() : Apportionment.RoundGroupTo(projectAmounts, printedProjects);
        ProjectFunds = facts.Projects.Select((p, i) => (projectCells[2 * i], projectCells[(2 * i) + 1])).ToArray();
    }

    /// <summary>Spending facts merged by (code, kind, source, carried over), in code order.</summary>
    public IReadOnlyList<RoundedSpending> Spending { get; }

    /// <summary>“三公” by component and fund.</summary>
    public Dictionary<(ThreePublicComponent Component, FundingSource Fund), decimal> ThreePublic { get; }

    /// <summary>财政资金 and 其他资金 per project, in the order of the facts.</summary>
    public IReadOnlyList<(decimal Fiscal, decimal Other)> ProjectFunds { get; }

    /// <summary>
    /// Rounded in three steps from the grand total: the kinds (基本支出, 项目支出, … — the T3 column totals), then the
    /// sources within each kind (the T5/T7/T8 column totals), then the facts. Each step keeps every total within a cent
    /// of its exact value, so 支出总计 is the exact total rounded, and the 一般公共预算 基本支出 and the 项目支出 are single
    /// printed totals the T6 款 and the projects can be apportioned to.
    /// </summary>
    private static RoundedSpending[] RoundSpending(IReadOnlyList<Spending> spending, MidpointRounding midpoint)
    {
        var merged = spending
            .GroupBy(s => (s.Code, s.Kind, s.Source, s.CarriedOver))
            .Select(g => (g.Key, Amount: Money.Sum(g.Select(s => s.Amount))))
            .OrderBy(m => m.Key.Code).ThenBy(m => m.Key.Kind).ThenBy(m => m.Key.Source).ThenBy(m => m.Key.CarriedOver)
            .ToArray();
        var kinds = merged.GroupBy(m => m.Key.Kind).OrderBy(g => g.Key).ToArray();
        var kindTotals = Apportionment.RoundGroup(kinds.Select(k => Money.Sum(k.Select(m => m.Amount))).ToArray(), midpoint);
        var result = new List<RoundedSpending>(merged.Length);
        for (var k = 0; k < kinds.Length; k++)
        {
            var sources = kinds[k].GroupBy(m => m.Key.Source).OrderBy(g => g.Key).ToArray();
            var sourceTotals = Apportionment.RoundGroupTo(sources.Select(g => Money.Sum(g.Select(m => m.Amount))).ToArray(), kindTotals[k]);
            for (var s = 0; s < sources.Length; s++)
            {
                var items = sources[s].ToArray();
                var cells = Apportionment.RoundGroupTo(items.Select(m => m.Amount).ToArray(), sourceTotals[s]);
                result.AddRange(items.Select((m, i) => new RoundedSpending(m.Key.Code, m.Key.Kind, m.Key.Source, m.Key.CarriedOver, cells[i])));
            }
        }

        return result
            .OrderBy(s => s.Code).ThenBy(s => s.Kind).ThenBy(s => s.Source).ThenBy(s => s.CarriedOver)
            .ToArray();
    }
}
