using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;
using BudgetSdk.Text;

namespace BudgetSdk.Audit;

/// <summary>The facts T6 and T9 print row by row: 基本支出 by economic 款, and the “三公” components by fund.</summary>
internal static class TableFacts
{
    /// <summary>T6's leaf rows (款): the 类 and 合计 rows are derived from them.</summary>
    public static IReadOnlyList<BasicExpenditure> Basic(PublishedDisclosure document, CodeCatalog<DepartmentEconomicCode> codes, List<Problem> problems)
    {
        var basic = new List<BasicExpenditure>();
        if (document.Table(TableId.T6) is not { } t6)
        {
            return basic;
        }

        foreach (var row in SpendingFacts.Leaves(t6))
        {
            if (codes.TryParse(row.Code, out var code))
            {
                basic.Add(new BasicExpenditure(code, ProjectFacts.Wan(PrintedText.Amount(row, 1)), ProjectFacts.Wan(PrintedText.Amount(row, 2))));
            }
            else
            {
                problems.Add(PublishedFacts.NotOfEdition(TableId.T6, row, codes));
            }
        }

        return basic;
    }

    /// <summary>
    /// T9's most detailed rows: for each component the smallest template row that holds it (a row holding two, like
    /// an unsplit 因公出国（境）费, counts as its first). The 合计, 小计 and 公务用车购置及运维费 rows are derived, so a
    /// publisher's blank there (seed 000) is no fact.
    /// </summary>
    public static IReadOnlyList<ThreePublicExpense> ThreePublic(PublishedDisclosure document, DisclosureTemplate template)
    {
        var expenses = new List<ThreePublicExpense>();
        if (document.Table(TableId.T9) is not { } t9)
        {
            return expenses;
        }

        var lines = Enum.GetNames<ThreePublicComponent>().Select(template.T9Rows.FindByKey).OfType<TemplateLine>().Distinct();
        foreach (var line in lines)
        {
            var row = t9.Rows.FirstOrDefault(r => OfficialNames.Same(r.Label, line.Label));
            if (!Enum.TryParse<ThreePublicComponent>(line.Keys[0], out var component))
            {
                continue;
            }

            for (var f = 0; f < FundingSources.Fiscal.Count; f++)
            {
                if (PrintedText.Amount(row, 1 + f) is > 0m and var amount)
                {
                    expenses.Add(new ThreePublicExpense(component, FundingSources.Fiscal[f], ProjectFacts.Wan(amount)));
                }
            }
        }

        return expenses;
    }
}
