using BudgetSdk.Amounts;
using BudgetSdk.Facts;

namespace BudgetSdk.Rules;

/// <summary>
/// Identities between facts that come from different sources and so cannot be derived from one another:
/// the two views of 基本支出, and the projects against 项目支出. Checked on exact amounts, before rounding.
/// </summary>
internal static class CrossFactRules
{
    public static void Check(RuleContext context)
    {
        var facts = context.Facts;
        var functionalBasic = Money.Sum(facts.Spending
            .Where(s => s.Source == FundingSource.GeneralPublicBudget && s.Kind == ExpenseKind.Basic)
            .Select(s => s.Amount));
        var economicBasic = Money.Sum(facts.BasicExpenditures.Select(b => b.Total));
        context.ReportUnequal(
            RuleCatalog.BasicEqualsEconomic,
            "T6/合计/合计",
            functionalBasic,
            economicBasic,
            "基本支出 by 经济分类 (T6) differs from 一般公共预算 基本支出 by 功能分类 (T5)");

        var projectSpending = Money.Sum(facts.Spending.Where(s => s.Kind == ExpenseKind.Project).Select(s => s.Amount));
        var projects = Money.Sum(facts.Projects.Select(p => p.Budget));
        context.ReportUnequal(
            RuleCatalog.ProjectsTotal,
            "projects",
            projectSpending,
            projects,
            facts.Projects.Count == 0
                ? "no project is stated, but 项目支出 (T3 合计) is not zero"
                : $"the {facts.Projects.Count} project(s) add up to a different amount than 项目支出 (T3 合计)");

        // Where every project names its code, a code with 项目支出 but no project is as wrong as a project too many.
        var codes = facts.Projects.Where(p => p.FunctionalCode is not null).Select(p => p.FunctionalCode!);
        if (facts.Projects.Count > 0 && facts.Projects.All(p => p.FunctionalCode is not null))
        {
            codes = codes.Concat(facts.Spending.Where(s => s.Kind == ExpenseKind.Project).Select(s => s.Code));
        }

        foreach (var code in codes.Distinct().Order())
        {
            var booked = facts.Projects.Where(p => code.Equals(p.FunctionalCode)).ToArray();
            var spent = Money.Sum(facts.Spending.Where(s => s.Kind == ExpenseKind.Project && s.Code.Equals(code)).Select(s => s.Amount));
            var names = booked.Length == 0 ? "no project" : string.Join("、", booked.Select(p => p.Name));
            context.ReportUnequal(
                RuleCatalog.ProjectsPerCode,
                $"T3/{code.Code}/项目支出",
                spent,
                Money.Sum(booked.Select(p => p.Budget)),
                $"the projects booked to {code} ({names}) differ from its 项目支出");
        }
    }
}
