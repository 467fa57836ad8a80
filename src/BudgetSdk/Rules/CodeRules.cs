using System.Globalization;
using BudgetSdk.Codes;
using BudgetSdk.Facts;

namespace BudgetSdk.Rules;

/// <summary>
/// Rules on the codes facts are booked to. A functional code where an economic one belongs is a compile error
/// (they are different types); what the type system cannot see — edition, level, fund — is checked here.
/// </summary>
internal static class CodeRules
{
    public static void Check(RuleContext context)
    {
        var facts = context.Facts;
        for (var i = 0; i < facts.Spending.Count; i++)
        {
            var s = facts.Spending[i];
            var at = $"spending[{i}]";
            if (s.Code.Edition != facts.Edition)
            {
                context.Report(RuleCatalog.CodeEdition, at + ".code", $"{s.Code} is a code of edition {s.Code.Edition}", $"a code of edition {facts.Edition}", s.Code.Edition.ToString(CultureInfo.InvariantCulture));
            }

            if (!s.Code.IsLeaf)
            {
                context.Report(RuleCatalog.LeafCode, at + ".code", $"{s.Code} has sub-codes; book the amount to one of them", "one of " + string.Join(", ", s.Code.Children.Take(5).Select(c => c.Code)) + (s.Code.Children.Count > 5 ? ", …" : string.Empty), s.Code.Code);
            }

            if (s.Source.IsFiscal() && s.Kind is not (ExpenseKind.Basic or ExpenseKind.Project))
            {
                context.Report(RuleCatalog.FiscalKind, at, $"{s.Source.ChineseName()} money cannot be spent as {s.Kind}", "基本支出 or 项目支出", s.Kind.ToString());
            }

            if (context.Template is { } template && !template.ExpenseLines.Lines.Any(l => l.FunctionalClass is string c && s.Code.Code.StartsWith(c, StringComparison.Ordinal)))
            {
                context.Report(RuleCatalog.ExpenseLine, at + ".code", $"the template has no T1 expense line for the 类 of {s.Code}", "a 类 printed by the template", s.Code.Code[..3]);
            }
        }

        for (var i = 0; i < facts.BasicExpenditures.Count; i++)
        {
            var b = facts.BasicExpenditures[i];
            var at = $"basicExpenditures[{i}].code";
            if (b.Code.Edition != facts.Edition)
            {
                context.Report(RuleCatalog.CodeEdition, at, $"{b.Code} is a code of edition {b.Code.Edition}", $"a code of edition {facts.Edition}", b.Code.Edition.ToString(CultureInfo.InvariantCulture));
            }

            if (b.Code.Level != CodeLevel.Section)
            {
                context.Report(RuleCatalog.EconomicSection, at, $"{b.Code} is a {b.Code.Level}, not a 款", "a 5-digit 款", b.Code.Code);
            }
        }

        for (var i = 0; i < facts.ThreePublic.Count; i++)
        {
            var t = facts.ThreePublic[i];
            if (!t.Fund.IsFiscal())
            {
                context.Report(RuleCatalog.ThreePublicFund, $"threePublic[{i}].fund", $"T9 prints 财政拨款 only; {t.Fund.ChineseName()} is not one", "一般公共预算, 政府性基金 or 国有资本经营", t.Fund.ToString());
            }

            if (context.Template is { } template && !t.Amount.IsZero && !template.T9Rows.Lines.Any(l => l.Keys.Contains(t.Component.ToString())))
            {
                context.Report(RuleCatalog.ThreePublicRow, $"threePublic[{i}].component", $"the {template.Year} template for {template.RegionCode} prints no T9 row for {t.Component}", "a component the template prints", t.Component.ToString());
            }
        }
    }
}
