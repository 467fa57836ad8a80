using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Reading.Narrative;

namespace BudgetSdk.Tests.Forms.Narrative;

/// <summary>
/// Jiangsu's 2019 情况说明 (js-court-2019 PDF page 17–18; js-procuratorate-2019; js-npc-2019-text) read by the shipped
/// jiangsu-2019 form's narrative block: totals, 基本/项目支出 and their changes against 上年.
/// </summary>
public class JiangsuNarrativeTests
{
    private static readonly FormTemplate Form = BudgetSdk.Forms.Schema.FormCatalog.Shipped.Select("320000", 2019).ShouldNotBeNull();

    private static NarrativeReading Read(string id) => NarrativeReader.Read(NarrativeDocuments.Lines("jiangsu", id), Form, 2019);

    [Fact]
    public void Court_2019_totals_basic_and_project_are_read_across_the_page_break()
    {
        var reading = Read("js-court-2019");

        reading.Quotes.Select(NarrativeDocuments.Line).ShouldBe(
        [
            "quote | income-total | t1.income.total.amount | 37188.34",
            "quote | expense-total | t1.uses.total.amount | 37188.34",
            "quote | basic | t3.row.basic | 21968",
            "quote | project | t3.row.project | 10208.94",
        ]);
        reading.Changes.Select(NarrativeDocuments.Line).ShouldBe(
        [
            "change | total-change | t1.income.total.amount | 37188.34 | increase | 4016.19 | 2018",
            "change | basic-change | t3.row.basic | 21968 | increase | 3397.18 | 2018",
            "change | project-change | t3.row.project | 10208.94 | decrease | 1134.33 | 2018",
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
