namespace BudgetSdk.Tests.Forms.Narrative;

/// <summary>The other Shanghai documents' sentences that test a shape of the narrative (from the PDFs' 编制说明).</summary>
public class ShanghaiNarrativeTests
{
    [Fact]
    public void Wanli_2023_fund_expense_of_0_compared_with_an_increase_is_read_as_printed()
    {
        var reading = NarrativeDocuments.ReadShanghai("sh-putuo-wanli-2023", 2023);

        var fund = reading.Changes.Single(c => c.PatternId == "fund-change");
        fund.Amount.ShouldBe(0m);
        fund.Direction.ShouldBe(BudgetSdk.Forms.Printed.ChangeDirection.Increase);
        fund.Delta.ShouldBe(1421.25m);
        fund.ComparedYear.ShouldBe(2022);
        fund.Sentence.ShouldStartWith("政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元");
    }

    [Fact]
    public void Wanli_2023_a_comparison_with_an_inserted_note_is_read()
        => NarrativeDocuments.ReadShanghai("sh-putuo-wanli-2023", 2023).Changes.Single(c => c.PatternId == "fiscal-income-change")
            .Delta.ShouldBe(1421.25m);

    [Fact]
    public void Wanli_2023_lists_34_items_and_a_项_named_as_its_款_resolves_to_the_项()
    {
        var items = NarrativeDocuments.ReadShanghai("sh-putuo-wanli-2023", 2023).Quotes.Where(q => q.PatternId == "item").ToArray();

        items.Select(q => q.ItemNumber).ShouldBe(Enumerable.Range(1, 34).Select(n => (int?)n));
        // 其他社会保障和就业支出（款）其他社会保障和就业支出（项）: 2089999, which T5 prints as 208 99 99.
        items.Single(q => q.ItemNumber == 21).Cell.ShouldNotBeNull().Row.ShouldBe("2089999");
    }

    [Fact]
    public void Welfare_2024_the_old_类_name_医疗卫生与计划生育支出_resolves_to_210()
    {
        var quote = NarrativeDocuments.ReadShanghai("sh-putuo-welfare-2024-unit", 2024).Quotes
            .Single(q => q.Names.Count > 0 && q.Names[0] == "医疗卫生与计划生育支出");

        quote.Cell.ShouldNotBeNull().Row.ShouldBe("2101102");
        quote.Amount.ShouldBe(50.37m);
    }

    [Fact]
    public void Municipal_finance_2025_a_fund_stated_as_为0_is_quoted_without_a_change()
    {
        var reading = NarrativeDocuments.ReadShanghai("sh-municipal-finance-2025-unit", 2025);

        reading.Quotes.Single(q => q.PatternId == "fund-expense").Amount.ShouldBe(0m);
        reading.Changes.ShouldNotContain(c => c.PatternId == "fund-change");
        reading.Changes.Single(c => c.PatternId == "fiscal-income-change").Direction.ShouldBe(BudgetSdk.Forms.Printed.ChangeDirection.Decrease);
    }

    [Theory]
    [InlineData("sh-putuo-finance-2025", 2025, 30, 10)]
    [InlineData("sh-putuo-wanli-2023", 2023, 48, 10)]
    [InlineData("sh-putuo-welfare-2024-unit", 2024, 19, 11)]
    [InlineData("sh-putuo-govoffice-2025", 2025, 14, 11)]
    [InlineData("sh-municipal-finance-2025-unit", 2025, 14, 9)]
    public void Each_document_quotes_and_compares_what_its_text_prints(string id, int year, int quotes, int changes)
    {
        var reading = NarrativeDocuments.ReadShanghai(id, year);

        reading.Quotes.Count.ShouldBe(quotes);
        reading.Changes.Count.ShouldBe(changes);
        reading.Quotes.ShouldAllBe(q => q.Cell != null);
    }
}
