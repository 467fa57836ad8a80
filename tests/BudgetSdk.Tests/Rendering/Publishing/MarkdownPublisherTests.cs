using System.Globalization;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Publishing.Markdown;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Rendering.Publishing;

/// <summary>The Markdown of seed 000: every table and every quoted amount, as CommonMark/GFM reads it.</summary>
public class MarkdownPublisherTests
{
    private static readonly Lazy<string> Text = new(Published.Markdown);

    private static Disclosure Lulong => Published.Lulong.Value;

    [Fact]
    public void Has_every_table_as_a_linked_heading_over_a_pipe_table_with_its_page_header()
    {
        var text = Text.Value;

        foreach (var (table, i) in Lulong.Tables.Where(t => t.Id <= TableId.T9).Select((t, i) => (t, i + 1)))
        {
            text.ShouldContain($"## <a id=\"t{i}\"></a>{table.Title}");
            text.ShouldContain($"(#t{i})");
        }

        text.ShouldContain("434 卢龙县人民政府办公室　　预算年度：2024　　单位：万元\n\n| 序号 | 科目编码 | 科目名称 | 合计 |");
        text.ShouldContain("注：无国有资本经营预算财政拨款预算，空表列示。");
    }

    [Fact]
    public void Every_T5_row_is_a_pipe_row_with_its_printed_amounts_in_their_columns()
    {
        var lines = Text.Value.Split('\n');
        var rows = Lulong[TableId.T5].Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            string[] cells = [(i + 1).ToString(CultureInfo.InvariantCulture), rows[i].Code ?? string.Empty, rows[i].Label, .. rows[i].Cells.Select(Printed)];
            lines.ShouldContain("|" + string.Concat(cells.Select(c => c.Length == 0 ? " |" : $" {c} |")), rows[i].Label);
        }
    }

    private static string Printed(decimal amount) => amount == 0m ? string.Empty : amount.ToString("0.00", CultureInfo.InvariantCulture);

    [Fact]
    public void Quotes_every_amount_of_sections_二_to_四()
    {
        var text = Text.Value;
        var f = Lulong.Figures;
        decimal[] quoted = [f.Income, f.Expense, f.Basic, f.Personnel, f.PublicUse, f.Project, f.OperatingFunds, f.ThreePublic, f.OverseasTravel, f.Vehicles, f.VehiclePurchase, f.VehicleOperation, f.Reception];

        foreach (var amount in quoted)
        {
            text.ShouldContain(amount.ToString("0.00", CultureInfo.InvariantCulture) + "万元");
        }

        // The sentences themselves, as the composer writes them for every format.
        foreach (var sentence in new[] { OverviewSentences.Income(Lulong), OverviewSentences.Expense(Lulong), OverviewSentences.Change(Lulong), OverviewSentences.OperatingFunds(Lulong), OverviewSentences.ThreePublic(Lulong) })
        {
            text.ShouldContain("\n" + MarkdownText.Line(sentence) + "\n");
        }
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("**加粗**", "\\*\\*加粗\\*\\*")]
    [InlineData("<script>", "\\<script\\>")]
    [InlineData("第一行\n第二行", "第一行<br>第二行")]
    public void A_cell_holds_its_text_literally(string cell, string written)
        => MarkdownText.Cell(cell).ShouldBe(written);

    [Fact]
    public void A_line_that_would_open_a_heading_or_list_is_escaped()
    {
        MarkdownText.Line("# 标题").ShouldBe("\\# 标题");
        MarkdownText.Line("1. 第一").ShouldBe("\\1. 第一");
        MarkdownText.Line("一、部门职责").ShouldBe("一、部门职责");
    }

    [Fact]
    public void Uses_lf_line_ends_and_gives_the_same_text_twice()
    {
        Text.Value.ShouldNotContain('\r');
        Published.Markdown().ShouldBe(Text.Value);
    }
}
