using BudgetSdk.Amounts;
using BudgetSdk.Facts;

namespace BudgetSdk.Building;

/// <summary>
/// The facts the narrative and the project list quote, in printed precision, rounded by <see cref="Apportionment"/> as
/// the form derivation rounds the tables (<c>Forms.Deriving.FormAtoms</c>), so that they agree with the tables: projects
/// apportioned to the printed 项目支出, “三公” nested by fund. Only built from facts that passed the rules, so those exact
/// totals agree.
/// </summary>
internal sealed class RoundedFacts
{
    public RoundedFacts(DisclosureFacts facts, MidpointRounding midpoint)
    {
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

        var printedProjects = PrintedProjectSpending(facts.Spending, midpoint);
        var projectAmounts = facts.Projects.SelectMany(p => new[] { p.FiscalFunds, p.OtherFunds }).ToArray();
        var projectCells = projectAmounts.Length == 0 ? Array.Empty<decimal>() : Apportionment.RoundGroupTo(projectAmounts, printedProjects);
        ProjectFunds = facts.Projects.Select((p, i) => (projectCells[2 * i], projectCells[(2 * i) + 1])).ToArray();
    }

    /// <summary>“三公” by component and fund.</summary>
    public Dictionary<(ThreePublicComponent Component, FundingSource Fund), decimal> ThreePublic { get; }

    /// <summary>财政资金 and 其他资金 per project, in the order of the facts.</summary>
    public IReadOnlyList<(decimal Fiscal, decimal Other)> ProjectFunds { get; }

    /// <summary>
    /// The 项目支出 the tables print: the form rounds spending from the grand total down, the kinds (基本支出, 项目支出, …
    /// — the T3 column totals) first, so the printed 项目支出 is its kind's share of that first step.
    /// </summary>
    private static decimal PrintedProjectSpending(IReadOnlyList<Spending> spending, MidpointRounding midpoint)
    {
        var kinds = spending.GroupBy(s => s.Kind).OrderBy(g => g.Key).ToArray();
        var totals = Apportionment.RoundGroup(kinds.Select(k => Money.Sum(k.Select(s => s.Amount))).ToArray(), midpoint);
        return kinds.Select((k, i) => k.Key == ExpenseKind.Project ? totals[i] : 0m).Sum();
    }
}
