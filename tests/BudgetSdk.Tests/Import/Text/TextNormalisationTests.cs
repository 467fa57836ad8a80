using BudgetSdk.Import;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Tests.Import.Text;

/// <summary>Lines, cells and numbers as the readers see them once converter debris is gone.</summary>
public class TextNormalisationTests
{
    [Theory]
    [InlineData("[bookmark: _Toc_2_2_0000000001]部门预算收支总表", "部门预算收支总表")]
    [InlineData("1、**财政拨款收入**：指本级财政", "1、财政拨款收入：指本级财政")]
    [InlineData("page number", "")]
    [InlineData("{ PAGE NUMBER } 部门预算支出总表", " 部门预算支出总表")]
    [InlineData("\"二、部门预算安排的总体情况", "二、部门预算安排的总体情况")]
    [InlineData("部门职责：\"", "部门职责：")]
    [InlineData("\"三公\"经费小计", "\"三公\"经费小计")]
    [InlineData("  \"  ", "")]
    public void Converter_debris_is_removed_and_real_text_kept(string line, string cleaned)
    {
        LineCleaner.Clean(line).ShouldBe(cleaned);
    }

    [Fact]
    public void Lines_split_on_every_break_a_converter_writes()
    {
        LineCleaner.SplitLines("a\r\nb\rc\fd\ne").ShouldBe(new[] { "a", "b", "c", "d", "e" });
    }

    [Theory]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("１２.５０", "12.50")]
    [InlineData(" 0.26 ", "0.26")]
    [InlineData("-", null)]
    [InlineData("", null)]
    public void Printed_numbers(string text, string? value)
    {
        PrintedNumbers.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("1.2.3")]
    [InlineData(".5")]
    [InlineData("≥98")]
    public void Words_that_are_no_numbers(string text)
    {
        PrintedNumbers.IsNumber(text).ShouldBeFalse();
    }

    [Fact]
    public void Formats_are_told_apart_by_how_tabs_are_used()
    {
        var docx = Enumerable.Range(0, 30).SelectMany(i => new[] { "\t" + i, "\t行政运行", string.Empty }).ToArray();
        var tabbed = Enumerable.Range(0, 30).Select(i => $"{i}\t2010301\t行政运行\t1.00").ToArray();
        var spaced = Enumerable.Range(0, 30).Select(i => $"{i} 2010301 行政运行 1.00").Append("部门预算收支总表\t1").ToArray();
        FormatDetector.Detect(docx).ShouldBe(TextFormat.DocxCells);
        FormatDetector.Detect(tabbed).ShouldBe(TextFormat.TabSeparated);
        FormatDetector.Detect(spaced).ShouldBe(TextFormat.SpaceSeparated);
    }

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("三十一", 31)]
    [InlineData("十十", 0)]
    [InlineData("甲", 0)]
    public void Chinese_ordinals(string text, int value)
    {
        ChineseNumerals.Parse(text).ShouldBe(value);
    }
}
