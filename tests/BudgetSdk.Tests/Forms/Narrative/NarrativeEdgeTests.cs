using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Reading.Narrative;

namespace BudgetSdk.Tests.Forms.Narrative;

/// <summary>Shapes of text and form that the documents do not all show: wrapping, table rows, unknown names, a hostile pattern.</summary>
public class NarrativeEdgeTests
{
    private static readonly FormTemplate Form = NarrativeDocuments.Shanghai(2025);

    private static NarrativeReading Read(params string[] lines) => NarrativeReader.Read(lines, Form, 2025);

    [Fact]
    public void A_sentence_wrapped_inside_its_amount_is_joined_and_reported_at_its_first_line()
    {
        var reading = Read(
            "    财政拨款支出主要内容如下：",
            "    3.“一般公共服务支出（类）财政事务（款）其它财政事务支出（项）”1,2",
            "34.50万元，主要用于……。");

        var quote = reading.Quotes.Single();
        quote.Amount.ShouldBe(1234.50m);
        quote.Line.ShouldBe(2);
        quote.ItemNumber.ShouldBe(3);
        quote.Cell.ShouldNotBeNull().Row.ShouldBe("2010699");
    }

    [Fact]
    public void An_indented_line_after_a_full_stop_starts_a_new_paragraph()
    {
        var reading = Read(
            "    3.“一般公共服务支出（类）财政事务（款）行政运行（项）”5.00万元。",
            "    “一般公共服务支出（类）财政事务（款）一般行政管理事务（项）”6.00万元。");

        reading.Quotes.Select(q => (q.Line, q.ItemNumber)).ShouldBe([(1, (int?)3), (2, null)]);
    }

    [Fact]
    public void A_table_row_quotes_nothing()
        => Read("   合计          因公出国(境)费   公务接待费", "   “三公”经费预算数为0.95万元      0.95").Quotes.ShouldBeEmpty();

    [Fact]
    public void An_unresolvable_name_keeps_its_names_and_has_no_cell()
    {
        var quote = Read("    1.“不存在支出（类）无此款（款）无此项（项）”1.00万元。").Quotes.Single();

        quote.Cell.ShouldBeNull();
        quote.Names.ShouldBe(["不存在支出", "无此款", "无此项"]);
        quote.Amount.ShouldBe(1.00m);
    }

    [Fact]
    public void A_space_inside_a_name_and_half_width_brackets_still_resolve()
        => Read("    1.“一般公共服务支出（类）政府办公厅(室)及相关机构 事务（款）行政运行（项）”1.00万元。")
            .Quotes.Single().Cell.ShouldNotBeNull().Row.ShouldBe("2010301");

    [Fact]
    public void A_pattern_that_backtracks_catastrophically_fails_with_its_id_and_line()
    {
        var hostile = Form with
        {
            Narrative = new NarrativeForm(Form.Narrative.Unit, [new QuotePattern("hostile", "^(a+)+(?<amount>b)$", "t1.income.total.amount")], []),
        };
        var lines = new[] { "前言。", "    " + new string('a', 40) + "c" };

        var error = Should.Throw<NarrativePatternTimeoutException>(() => NarrativeReader.Read(lines, hostile, 2025));

        error.PatternId.ShouldBe("hostile");
        error.Line.ShouldBe(2);
        error.Message.ShouldContain("timed out");
    }
}
