using BudgetSdk.Facts;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Building.Derivation;

/// <summary>Derives the tables coded by 支出功能分类: T2 收入, T3 支出, and T5/T7/T8 for one fiscal fund each.</summary>
internal static class FunctionalTables
{
    private const string CarryOverColumn = "上年结转";

    public static BudgetTable Income(IReadOnlyList<RoundedSpending> spending, DisclosureTemplate template)
    {
        var sources = template.T2Columns.Lines;
        var columns = new[] { "合计", "小计" }.Concat(sources.Select(l => l.Label)).Append(CarryOverColumn).ToArray();
        var leaves = spending.Select(s =>
        {
            var cells = new decimal[columns.Length];
            cells[0] = s.Wan;
            if (s.CarriedOver)
            {
                cells[^1] = s.Wan;
            }
            else
            {
                cells[1] = s.Wan;
                for (var i = 0; i < sources.Count; i++)
                {
                    if (sources[i].Keys.Contains(s.Source.ToString()))
                    {
                        cells[2 + i] += s.Wan;
                    }
                }
            }

            return (s.Code, cells);
        });
        return new BudgetTable(TableId.T2, template.TitleOf(TableId.T2), columns, HierarchyRows.Build(leaves, columns.Length));
    }

    public static BudgetTable Expense(IReadOnlyList<RoundedSpending> spending, DisclosureTemplate template)
    {
        var columns = new[] { "合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出" };
        var leaves = spending.Select(s =>
        {
            var cells = new decimal[columns.Length];
            cells[0] = s.Wan;
            cells[1 + (int)s.Kind] = s.Wan;
            return (s.Code, cells);
        });
        return new BudgetTable(TableId.T3, template.TitleOf(TableId.T3), columns, HierarchyRows.Build(leaves, columns.Length));
    }

    /// <summary>T5, T7 or T8: the spending of one fiscal fund, this year's and carried over, by 基本/项目.</summary>
    public static BudgetTable OfFund(TableId id, FundingSource fund, IReadOnlyList<RoundedSpending> spending, DisclosureTemplate template)
    {
        var columns = new[] { "合计", "基本支出", "项目支出" };
        var leaves = spending
            .Where(s => s.Source == fund && s.Kind is ExpenseKind.Basic or ExpenseKind.Project)
            .Select(s => (s.Code, new[] { s.Wan, s.Kind == ExpenseKind.Basic ? s.Wan : 0m, s.Kind == ExpenseKind.Project ? s.Wan : 0m }));
        var rows = HierarchyRows.Build(leaves, columns.Length);
        var table = new BudgetTable(id, template.TitleOf(id), columns, rows);
        return table.IsEmpty
            ? new BudgetTable(id, table.Title, columns, rows, $"注：无{fund.ChineseName()}财政拨款预算，空表列示。")
            : table;
    }
}
