using BudgetSdk.Facts;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Building.Derivation;

/// <summary>Derives T9 财政拨款“三公”经费支出表: each template row sums the components its keys name, per fiscal fund.</summary>
internal static class ThreePublicTable
{
    public static BudgetTable Derive(IReadOnlyDictionary<(ThreePublicComponent Component, FundingSource Fund), decimal> amounts, DisclosureTemplate template)
    {
        var funds = FundingSources.Fiscal;
        var rows = template.T9Rows.Lines.Select(line =>
        {
            var byFund = funds.Select(f => line.Keys
                .Select(k => Enum.TryParse<ThreePublicComponent>(k, out var c) ? amounts.GetValueOrDefault((c, f)) : 0m)
                .Sum()).ToArray();
            return new TableRow(null, line.Label, new[] { byFund.Sum() }.Concat(byFund).ToArray());
        }).ToArray();
        var columns = new[] { "合计" }.Concat(funds.Select(f => f.ChineseName() + "财政拨款")).ToArray();
        return new BudgetTable(TableId.T9, template.TitleOf(TableId.T9), columns, rows);
    }
}
