using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Reading.Narrative;

namespace BudgetSdk.Tests.Forms.Narrative;

/// <summary>
/// Jiangsu's 2019 情况说明 (js-court-2019 PDF page 17–18; js-procuratorate-2019; js-npc-2019-text): totals, 基本/项目支出
/// and their changes against 上年. The Jiangsu form file is not on this branch yet, so the sentence shapes are given here
/// on a copy of a shipped form; they are the draft of the Jiangsu form's narrative block.
/// </summary>
public class JiangsuNarrativeTests
{
    private const string Amount = @"\s*(?<amount>[0-9][0-9,]*(?:\.[0-9]+)?)\s*万元";
    private const string Tail = @"[。，；]?\s*与上年相比(?:，)?[^，。；0-9]{0,12}?(?<direction>增加|减少)了?\s*(?<delta>[0-9][0-9,]*(?:\.[0-9]+)?)\s*万元";

    private static readonly FormTemplate Form = NarrativeDocuments.Shanghai(2023) with
    {
        Narrative = new NarrativeForm(
            BudgetSdk.Amounts.MoneyUnit.TenThousandYuan,
            [
                new QuotePattern("income-total", "(?<!拨款)收入预算总计" + Amount, "t1.income.total.amount"),
                new QuotePattern("expense-total", "(?<!、)支出预算总计" + Amount, "t1.expense.total.amount"),
                new QuotePattern("basic", "基本支出预算数为" + Amount, "t3.total.basic"),
                new QuotePattern("project", "项目支出预算数为" + Amount, "t3.total.project"),
            ],
            [
                new ChangePattern("total-change", "收入、支出预算总计" + Amount + "，与上年相比收、支预算总计各(?<direction>增加|减少)\\s*(?<delta>[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*万元", "t1.income.total.amount"),
                new ChangePattern("basic-change", "基本支出预算数为" + Amount + Tail, "t3.total.basic"),
                new ChangePattern("project-change", "项目支出预算数为" + Amount + Tail, "t3.total.project"),
            ]),
    };

    private static NarrativeReading Read(string id) => NarrativeReader.Read(NarrativeDocuments.Lines("jiangsu", id), Form, 2019);

    [Fact]
    public void Court_2019_totals_basic_and_project_are_read_across_the_page_break()
    {
        var reading = Read("js-court-2019");

        reading.Quotes.Select(NarrativeDocuments.Line).ShouldBe(
        [
            "quote | income-total | t1.income.total.amount | 37188.34",
            "quote | expense-total | t1.expense.total.amount | 37188.34",
            "quote | basic | t3.total.basic | 21968",
            "quote | project | t3.total.project | 10208.94",
        ]);
        reading.Changes.Select(NarrativeDocuments.Line).ShouldBe(
        [
            "change | total-change | t1.income.total.amount | 37188.34 | increase | 4016.19 | 2018",
            "change | basic-change | t3.total.basic | 21968 | increase | 3397.18 | 2018",
            "change | project-change | t3.total.project | 10208.94 | decrease | 1134.33 | 2018",
        ]);
    }

    [Fact]
    public void Procuratorate_2019_amounts_with_thousands_separators_and_spaces()
    {
        var reading = Read("js-procuratorate-2019");

        reading.Quotes.First(q => q.PatternId == "income-total").Amount.ShouldBe(24169.74m);
        reading.Quotes.Single(q => q.PatternId == "basic").Amount.ShouldBe(15844.04m);
        reading.Quotes.Single(q => q.PatternId == "project").Amount.ShouldBe(4335.3m);
        reading.Changes.Single(c => c.PatternId == "total-change").Delta.ShouldBe(2214.39m);
    }

    [Fact]
    public void Npc_2019_text_totals()
    {
        var reading = Read("js-npc-2019-text");

        reading.Quotes.First(q => q.PatternId == "income-total").Amount.ShouldBe(18330.37m);
        reading.Quotes.Single(q => q.PatternId == "basic").Amount.ShouldBe(9312.9m);
        reading.Changes.Single(c => c.PatternId == "project-change").Direction.ShouldBe(ChangeDirection.Increase);
    }
}
