using BudgetSdk.Rendering.Document;
using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// The workbook's sheets, from the composed document: every grid with the heading above it becomes a sheet, in the
/// document's order — the nine tables, then the explanatory part's unit table, project tables (绩效目标表), 政府采购预算
/// and 固定资产占用情况表. A grid printed from one of the disclosure's tables takes its numbers from that table.
/// </summary>
internal static class SheetPlans
{
    public static IReadOnlyList<SheetPlan> Of(Disclosure disclosure)
    {
        // A sheet shows the grids only, none of a text layout's pages, bookmarks or markdown: the plain layout will do.
        var blocks = DocumentComposer.Compose(disclosure, new TextLayoutOptions());
        var byTitle = disclosure.Tables.GroupBy(t => t.Title).ToDictionary(g => g.Key, g => g.First());
        var names = new WorksheetNames();
        var plans = new List<SheetPlan>();
        string? heading = null;
        var between = new List<string>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    heading = h.Text;
                    between.Clear();
                    break;
                case Paragraph p:
                    between.Add(p.Text);
                    break;
                case Grid grid when heading is not null:
                    var table = byTitle.GetValueOrDefault(heading);

                    // A project table's 单位：万元 is a paragraph between its heading and its grid.
                    var pageHeader = grid.PageHeader.Count > 0 ? grid.PageHeader : between.ToArray();
                    plans.Add(new SheetPlan(names.Take(NameOf(table, heading)), heading, pageHeader, grid, TypedCells.Of(grid, table)));
                    heading = null;
                    break;
            }
        }

        return plans;
    }

    private static string NameOf(BudgetTable? table, string heading) => table?.Id switch
    {
        null => heading,
        TableId.Procurement => "政府采购预算",
        TableId.Assets => "固定资产占用情况表",
        var id => $"{id} {heading}",
    };
}
