using BudgetSdk.Rendering.Document;
using BudgetSdk.Samples;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Rendering.Publishing;

/// <summary>The merged cells of the nine tables' column headers, as the Hebei form prints them.</summary>
public class HeaderSpansTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();

    private static IReadOnlyList<HeaderCell> Spans(TableId id)
        => HeaderSpans.Of(TableGrids.Of(Lulong[id], Lulong.Header).ColumnHeader);

    [Fact]
    public void T1_merges_收入_and_支出_across_two_columns_and_序号_down_two_rows()
    {
        var spans = Spans(TableId.T1);

        spans.ShouldContain(new HeaderCell(0, 0, 2, 1, "序号"));
        spans.ShouldContain(new HeaderCell(0, 1, 1, 2, "收入"));
        spans.ShouldContain(new HeaderCell(0, 3, 1, 2, "支出"));
        spans.ShouldContain(new HeaderCell(1, 1, 1, 1, "项 目"));
        spans.Where(c => c.Row == 2).Select(c => c.Text).ShouldBe(["栏次", "1", "2", "3", "4"]);
    }

    [Fact]
    public void T2_merges_本年收入_over_its_sources_and_合计_down()
    {
        var spans = Spans(TableId.T2);

        spans.ShouldContain(new HeaderCell(0, 1, 1, 2, "功能分类科目"));
        spans.ShouldContain(new HeaderCell(0, 3, 2, 1, "合计"));
        var income = spans.Single(c => c.Text == "本年收入");
        (income.Row, income.RowSpan, income.ColumnSpan).ShouldBe((0, 1, Lulong[TableId.T2].Columns.Count - 2));
    }

    [Fact]
    public void Every_header_cell_is_covered_exactly_once()
    {
        foreach (var id in Enum.GetValues<TableId>().Where(t => t <= TableId.T9))
        {
            var header = TableGrids.Of(Lulong[id], Lulong.Header).ColumnHeader;
            var width = header.Max(r => r.Cells.Count);
            var count = new int[header.Count, width];
            foreach (var cell in HeaderSpans.Of(header))
            {
                for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                {
                    for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                    {
                        count[r, c]++;
                    }
                }
            }

            count.Cast<int>().ShouldAllBe(n => n == 1, id.ToString());
        }
    }
}
