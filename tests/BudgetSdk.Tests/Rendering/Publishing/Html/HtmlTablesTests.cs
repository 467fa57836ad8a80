using System.Globalization;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;

namespace BudgetSdk.Tests.Rendering.Publishing.Html;

/// <summary>The nine tables of seed 000 in the published HTML: every cell in its own <c>td</c>, headers merged as the form.</summary>
public class HtmlTablesTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();
    private static readonly PublishedHtml Html = PublishedHtml.Of(Lulong);

    private static IEnumerable<BudgetTable> Nine => Lulong.Tables.Where(t => t.Id <= TableId.T9);

    [Fact]
    public void Every_cell_of_the_derived_tables_is_in_its_own_td_in_its_row()
    {
        foreach (var table in Nine)
        {
            var body = Html.Table(table.Title).Body;
            var expected = table.Note is null ? table.Rows.Select((r, i) => Printed(table.Id, r, i + 1)).ToArray() : [];

            body.Select(r => r.Select(c => c.Text).ToArray()).ShouldBe(expected, table.Id.ToString());
            body.SelectMany(r => r).ShouldAllBe(c => c.ColumnSpan == 1 && c.RowSpan == 1, table.Id.ToString());
        }
    }

    [Fact]
    public void Every_printed_cell_of_seed_000_is_in_its_row_and_the_blank_three_public_rows_are_filled()
    {
        var printed = PrintedTables.Read("000", Nine.Select(t => t.Title).ToArray());
        var differences = new List<string>();
        foreach (var table in Nine)
        {
            var body = Html.Table(table.Title).Body;
            body.Count.ShouldBe(printed[table.Title].Count, table.Id.ToString());
            foreach (var row in printed[table.Title])
            {
                var cells = body[row.Number - 1];
                cells[0].Text.ShouldBe(row.Number.ToString(CultureInfo.InvariantCulture));
                cells.Count.ShouldBe(row.Cells.Count + 1, $"{table.Id} row {row.Number}");
                differences.AddRange(row.Cells.Select((p, c) => (p, c)).Where(x => x.p != cells[x.c + 1].Text)
                    .Select(x => $"{table.Id}/{row.Cells[0]}/{x.c}: printed '{x.p}', html '{cells[x.c + 1].Text}'"));
            }
        }

        differences.ShouldBe(
        [
            "T9/合计/1: printed '', html '15.50'",
            "T9/合计/2: printed '', html '15.50'",
            "T9/“三公”经费小计/1: printed '', html '15.50'",
            "T9/“三公”经费小计/2: printed '', html '15.50'",
            "T9/二、公务用车购置及运维费/1: printed '', html '3.50'",
            "T9/二、公务用车购置及运维费/2: printed '', html '3.50'",
        ]);
    }

    [Fact]
    public void An_empty_table_prints_its_note_under_an_empty_body()
    {
        var empty = Nine.Where(t => t.Note is not null).ToArray();
        empty.ShouldNotBeEmpty();
        foreach (var table in empty)
        {
            Html.Table(table.Title).Body.ShouldBeEmpty();
            var section = Html.Document.Descendants("section").Single(s => s.Elements("h2").Any(h => h.Value == table.Title));
            section.Elements("p").Single(p => (string?)p.Attribute("class") == "note").Value.ShouldBe(table.Note!.Replace("\n", string.Empty, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_column_header_has_the_merged_cells_HeaderSpans_gives_and_ends_with_栏次()
    {
        foreach (var table in Nine)
        {
            var grid = TableGrids.Of(table, Lulong.Header);
            var spans = HeaderSpans.Of(grid.ColumnHeader);
            var header = Html.Table(table.Title).Header;

            header.Count.ShouldBe(grid.ColumnHeader.Count, table.Id.ToString());
            for (var r = 0; r < header.Count; r++)
            {
                var expected = spans.Where(s => s.Row == r).OrderBy(s => s.Column).Select(s => new HtmlCell(s.Text, s.RowSpan, s.ColumnSpan));
                header[r].ShouldBe(expected, $"{table.Id} header row {r}");
            }

            header[^1][0].Text.ShouldBe("栏次");
        }

        Html.Table(Lulong[TableId.T1].Title).Header[0].ShouldBe([new HtmlCell("序号", 2, 1), new HtmlCell("收入", 1, 2), new HtmlCell("支出", 1, 2)]);
    }

    [Fact]
    public void Each_table_repeats_its_page_header_department_year_and_unit()
    {
        foreach (var table in Nine)
        {
            Html.Table(table.Title).PageHeader.ShouldBe(["434 卢龙县人民政府办公室", "预算年度：2024", "单位：万元"], table.Id.ToString());
        }
    }

    [Fact]
    public void Amount_cells_are_right_aligned_and_序号_centred()
    {
        var t3 = Html.Document.Descendants("section").Single(s => s.Elements("h2").Any(h => h.Value == Lulong[TableId.T3].Title));
        var first = t3.Element("table")!.Element("tbody")!.Elements("tr").First().Elements("td").ToArray();

        ((string?)first[0].Attribute("class")).ShouldBe("c");
        first.Skip(3).Where(c => c.Value.Length > 0).ShouldAllBe(c => (string?)c.Attribute("class") == "n");
        first.Skip(3).Count(c => c.Value.Length > 0).ShouldBeGreaterThan(1);
    }

    private static string[] Printed(TableId id, TableRow row, int serial)
    {
        var number = serial.ToString(CultureInfo.InvariantCulture);
        var amounts = row.Cells.Select(c => c == 0m ? string.Empty : c.ToString("0.00", CultureInfo.InvariantCulture)).ToArray();
        return id switch
        {
            TableId.T1 or TableId.T4 => [number, row.Label, amounts[0], row.ExpenseLabel ?? string.Empty, .. amounts[1..]],
            TableId.T9 => [number, row.Label, .. amounts],
            _ => [number, row.Code ?? string.Empty, row.Label, .. amounts],
        };
    }
}
