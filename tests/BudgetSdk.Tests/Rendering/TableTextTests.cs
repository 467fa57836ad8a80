using BudgetSdk.Rendering;
using BudgetSdk.Samples;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Rendering;

/// <summary>Plain-text rendering aligns columns by display width and prints zero blank.</summary>
public class TableTextTests
{
    private static readonly Lazy<Disclosure> Lulong = new(() => Lulong2024.Facts().Build().GetOrThrow());

    [Fact]
    public void Renders_title_header_rows_and_aligned_amounts()
    {
        var lines = TableText.Render(Lulong.Value[TableId.T6]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].ShouldBe("部门预算一般公共预算财政拨款基本支出表");
        lines[1].ShouldStartWith("科目编码");
        lines.Length.ShouldBe(2 + 18);
        lines.Skip(1).Select(TableText.Width).Distinct().Count().ShouldBe(1, "every line has the same display width");
        lines.ShouldContain(l => l.StartsWith("30101", StringComparison.Ordinal) && l.TrimEnd().EndsWith("163.68", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_codes_has_no_code_column()
    {
        var lines = TableText.Render(Lulong.Value[TableId.T9]).Split('\n');

        lines[1].ShouldStartWith("项目");
        lines[2].ShouldStartWith("合计");
    }

    [Fact]
    public void Elides_rows_beyond_the_limit_and_prints_the_empty_note()
    {
        TableText.Render(Lulong.Value[TableId.T6], maxRows: 3).ShouldContain("… 15 more rows");
        TableText.Render(Lulong.Value[TableId.T8]).ShouldEndWith("注：无国有资本经营预算财政拨款预算，空表列示。\n");
    }

    [Theory]
    [InlineData("合计", 4)]
    [InlineData("2010301", 7)]
    [InlineData("维修(护)费", 10)]
    public void Measures_display_width_with_wide_characters_as_two(string text, int width)
    {
        TableText.Width(text).ShouldBe(width);
    }

    [Fact]
    public void Prints_zero_blank_and_other_amounts_with_two_decimals()
    {
        TableText.Amount(0m).ShouldBe(string.Empty);
        TableText.Amount(3.5m).ShouldBe("3.50");
    }
}
