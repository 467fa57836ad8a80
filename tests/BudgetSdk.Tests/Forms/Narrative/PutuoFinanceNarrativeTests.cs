namespace BudgetSdk.Tests.Forms.Narrative;

/// <summary>
/// sh-putuo-finance-2025: every quote and change of 编制说明 (PDF page 7–8, and the repeat of items 7–11 that the layout
/// text carries after page 8) and of 其他相关情况说明 (page 22), written by reading the rendered pages, in printed order.
/// </summary>
public class PutuoFinanceNarrativeTests
{
    private static readonly string[] ExpectedQuotes =
    [
        "quote | income | t1.income.total.amount | 3121.42",
        "quote | fiscal-income | t1.income.fiscal.amount | 3121.42",
        "quote | expense | t1.expense.total.amount | 3121.42",
        "quote | fiscal-expense | t4.expense.total.total | 3121.42",
        "quote | general-expense | t4.expense.total.general | 3121.42",
        "quote | fund-expense | t4.expense.total.fund | 0",
        "quote | capital-expense | t4.expense.total.capital | 0",
        "quote | item | t5.2010601.total | 1623.18",
        "quote | item | t5.2010602.total | 10.00",
        "quote | item | t5.2010607.total | 166.66",
        "quote | item | t5.2010608.total | 418.80",
        "quote | item | t5.2080501.total | 87.70",
        "quote | item | t5.2080505.total | 174.83",
        "quote | item | t5.2080506.total | 887.36",
        "quote | item | t5.2080599.total | 0.96",
        "quote | item | t5.2101101.total | 78.21",
        "quote | item | t5.2210201.total | 204.91",
        "quote | item | t5.2210203.total | 268.77",
        "quote | item | t5.2080506.total | 887.36",
        "quote | item | t5.2080599.total | 0.96",
        "quote | item | t5.2101101.total | 78.21",
        "quote | item | t5.2210201.total | 204.91",
        "quote | item | t5.2210203.total | 268.77",
        "quote | three-public | t9.row.total | 0.95",
        "quote | overseas | t9.row.overseas | 0",
        "quote | vehicles | t9.row.vehicles | 0",
        "quote | vehicle-purchase | t9.row.vehiclePurchase | 0",
        "quote | vehicle-operation | t9.row.vehicleOperation | 0",
        "quote | reception | t9.row.reception | 0.95",
        "quote | operating-funds | t9.row.operatingFunds | 229.43",
    ];

    private static readonly string[] ExpectedChanges =
    [
        "change | fiscal-income-change | t1.income.fiscal.amount | 3121.42 | increase | 107.62 | 2024",
        "change | fiscal-expense-change | t4.expense.total.total | 3121.42 | increase | 107.62 | 2024",
        "change | general-change | t4.expense.total.general | 3121.42 | increase | 107.62 | 2024",
        "change | fund-change | t4.expense.total.fund | 0 | unchanged | - | 2024",
        "change | capital-change | t4.expense.total.capital | 0 | unchanged | - | 2024",
        "change | three-public-change | t9.row.total | 0.95 | unchanged | - | 2024",
        "change | overseas-change | t9.row.overseas | 0 | unchanged | - | 2024",
        "change | vehicle-purchase-change | t9.row.vehiclePurchase | 0 | unchanged | - | 2024",
        "change | vehicle-operation-change | t9.row.vehicleOperation | 0 | unchanged | - | 2024",
        "change | reception-change | t9.row.reception | 0.95 | unchanged | - | 2024",
    ];

    private static readonly Lazy<BudgetSdk.Forms.Reading.Narrative.NarrativeReading> Reading = new(() => NarrativeDocuments.ReadShanghai("sh-putuo-finance-2025", 2025));

    [Fact]
    public void Every_quote_is_read_in_printed_order()
        => Reading.Value.Quotes.Select(NarrativeDocuments.Line).ShouldBe(ExpectedQuotes);

    [Fact]
    public void Every_change_is_read_in_printed_order()
        => Reading.Value.Changes.Select(NarrativeDocuments.Line).ShouldBe(ExpectedChanges);

    [Fact]
    public void The_wrapped_pension_sentence_is_quoted_at_the_line_it_starts_with_its_number_and_decimals()
    {
        var pension = Reading.Value.Quotes.First(q => q.Amount == 887.36m);

        pension.Cell.ShouldNotBeNull().ToString().ShouldBe("t5.2080506.total");
        pension.ItemNumber.ShouldBe(7);
        pension.Decimals.ShouldBe(2);
        pension.Names.ShouldBe(["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位职业年金缴费支出"]);
        NarrativeDocuments.Lines("shanghai", "sh-putuo-finance-2025")[pension.Line - 1].ShouldContain("7.“社会保障和就业支出");
    }

    [Fact]
    public void Retirees_of_administrative_units_are_quoted_as_item_5()
    {
        var retirees = Reading.Value.Quotes.Single(q => q.Amount == 87.70m);

        retirees.Cell.ShouldNotBeNull().ToString().ShouldBe("t5.2080501.total");
        retirees.ItemNumber.ShouldBe(5);
    }

    [Fact]
    public void Items_7_to_11_printed_twice_are_returned_twice()
        => Reading.Value.Quotes.Where(q => q.PatternId == "item").Select(q => q.ItemNumber)
            .ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 7, 8, 9, 10, 11]);

    [Fact]
    public void A_name_printed_with_其它_resolves_to_the_official_其他()
        => Reading.Value.Quotes.First(q => q.Names.Contains("其它行政事业单位养老支出")).Cell.ShouldNotBeNull().Row.ShouldBe("2080599");

    [Fact]
    public void A_thousands_separator_is_read_and_zero_keeps_no_decimals()
    {
        Reading.Value.Quotes.First(q => q.PatternId == "income").Amount.ShouldBe(3121.42m);
        Reading.Value.Quotes.First(q => q.PatternId == "fund-expense").Decimals.ShouldBe(0);
    }
}
