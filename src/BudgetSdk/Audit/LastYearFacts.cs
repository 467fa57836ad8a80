using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Import;

namespace BudgetSdk.Audit;

/// <summary>
/// Last year's 基本支出, 项目支出 and “三公”经费 as a printed document's 比上年 statements give them: this year's figure less
/// the change. This year's figure is what the facts add up to (“三公” without 会议费 and 培训费, as section 四 counts it),
/// so that the rebuilt disclosure restates the printed change. A part the document leaves out is the total's last year
/// less the other part; “三公” may come from its parts, and stays unknown when neither says. Null when 基本支出 or 项目支出
/// cannot be known.
/// </summary>
internal static class LastYearFacts
{
    public static PriorYear? Of(IReadOnlyList<ChangeStatement> statements, DisclosureFacts facts)
    {
        var basic = Spent(facts, ExpenseKind.Basic);
        var project = Spent(facts, ExpenseKind.Project);
        var lastBasic = Last(statements, QuotedSubjects.Basic, basic);
        var lastProject = Last(statements, QuotedSubjects.Project, project);
        var lastTotal = Last(statements, QuotedSubjects.Expense, basic + project) ?? Last(statements, QuotedSubjects.Income, basic + project);
        lastBasic ??= lastTotal - lastProject;
        lastProject ??= lastTotal - lastBasic;

        decimal ThreePublic(params ThreePublicComponent[] components)
            => facts.ThreePublic.Where(t => t.Fund.IsFiscal() && components.Contains(t.Component)).Sum(t => t.Amount.Wan);
        var overseas = Last(statements, QuotedSubjects.OverseasTravel, ThreePublic(ThreePublicComponent.OverseasTravel, ThreePublicComponent.OverseasTravelAcademic));
        var purchase = ThreePublic(ThreePublicComponent.VehiclePurchase);
        var operation = ThreePublic(ThreePublicComponent.VehicleOperation);
        var vehicles = Last(statements, QuotedSubjects.Vehicles, purchase + operation)
            ?? Last(statements, QuotedSubjects.VehiclePurchase, purchase) + Last(statements, QuotedSubjects.VehicleOperation, operation);
        var reception = Last(statements, QuotedSubjects.Reception, ThreePublic(ThreePublicComponent.Reception));
        var lastThreePublic = Last(statements, QuotedSubjects.ThreePublic, ThreePublic(ThreePublicComponent.OverseasTravel, ThreePublicComponent.OverseasTravelAcademic, ThreePublicComponent.VehiclePurchase, ThreePublicComponent.VehicleOperation, ThreePublicComponent.Reception)) ?? overseas + vehicles + reception;

        return lastBasic is >= 0m && lastProject is >= 0m
            ? new PriorYear(Money.FromWan(lastBasic.Value), Money.FromWan(lastProject.Value), lastThreePublic is >= 0m ? Money.FromWan(lastThreePublic.Value) : null)
            : null;
    }

    private static decimal Spent(DisclosureFacts facts, ExpenseKind kind) => facts.Spending.Where(s => s.Kind == kind).Sum(s => s.Amount.Wan);

    private static decimal? Last(IReadOnlyList<ChangeStatement> statements, string subject, decimal current)
        => statements.FirstOrDefault(s => s.Subject == subject) is { } statement ? ChangeArithmetic.LastYear(statement, current) : null;
}
