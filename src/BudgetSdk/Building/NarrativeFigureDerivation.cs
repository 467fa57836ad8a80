using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Building;

/// <summary>Reads the figures of sections 二–四 off the derived tables, so text and tables agree by construction.</summary>
internal static class NarrativeFigureDerivation
{
    public static NarrativeFigures Derive(IReadOnlyList<BudgetTable> tables, IReadOnlyDictionary<(ThreePublicComponent Component, FundingSource Fund), decimal> t9, DisclosureTemplate template, PriorYear? prior, MidpointRounding midpoint)
    {
        var t1 = tables.First(t => t.Id == TableId.T1);
        var t3Total = tables.First(t => t.Id == TableId.T3).Rows[0];
        var t6Total = tables.First(t => t.Id == TableId.T6).Rows[0];
        var incomeLines = template.T1Income.Lines.Select((l, i) => new KeyValuePair<string, decimal>(l.Label, t1.Rows[i][0])).ToArray();
        var carried = t1.RowLabelled("上年结转结余")![0];
        var basic = t3Total[1];
        var project = t3Total[2];
        var threePublic = Row(t9, ThreePublicComponent.OverseasTravel, ThreePublicComponent.OverseasTravelAcademic, ThreePublicComponent.VehiclePurchase, ThreePublicComponent.VehicleOperation, ThreePublicComponent.Reception);
        return new NarrativeFigures
        {
            Income = t1.RowLabelled("收入总计")![0],
            IncomeByLine = incomeLines,
            CarriedOver = carried,
            Expense = t1.RowLabelled("支出总计")![1],
            Basic = basic,
            Personnel = t6Total[1],
            PublicUse = t6Total[2],
            Project = project,
            // The total's change is the sum of the parts' changes (identity 7, BDR0910), not the change of last year's
            // total rounded on its own, which can be a cent away.
            ExpenseChange = prior is null ? null : basic - Apportionment.RoundWan(prior.Basic, midpoint) + project - Apportionment.RoundWan(prior.Project, midpoint),
            BasicChange = prior is null ? null : basic - Apportionment.RoundWan(prior.Basic, midpoint),
            ProjectChange = prior is null ? null : project - Apportionment.RoundWan(prior.Project, midpoint),
            ThreePublic = threePublic,
            OverseasTravel = Row(t9, ThreePublicComponent.OverseasTravel, ThreePublicComponent.OverseasTravelAcademic),
            Vehicles = Row(t9, ThreePublicComponent.VehiclePurchase, ThreePublicComponent.VehicleOperation),
            VehiclePurchase = Row(t9, ThreePublicComponent.VehiclePurchase),
            VehicleOperation = Row(t9, ThreePublicComponent.VehicleOperation),
            Reception = Row(t9, ThreePublicComponent.Reception),
            ThreePublicChange = prior?.ThreePublic is { } lastThreePublic ? threePublic - Apportionment.RoundWan(lastThreePublic, midpoint) : null,
        };
    }

    /// <summary>The T9 amount of these components over the fiscal funds: what the row that sums them prints.</summary>
    private static decimal Row(IReadOnlyDictionary<(ThreePublicComponent Component, FundingSource Fund), decimal> amounts, params ThreePublicComponent[] components)
        => amounts.Where(a => components.Contains(a.Key.Component) && a.Key.Fund.IsFiscal()).Sum(a => a.Value);
}
