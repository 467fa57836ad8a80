using BudgetSdk.Templates;

namespace BudgetSdk.Tests;

/// <summary>A template line compares by its content, keys included, and cannot be changed through the list it was made from.</summary>
public class TemplateLineTests
{
    [Fact]
    public void Lines_with_equal_keys_in_different_lists_are_equal_and_hash_alike()
    {
        var a = new TemplateLine("五、单位资金", null, ["BusinessIncome", "OtherIncome"], "text", "notes");
        var b = new TemplateLine("五、单位资金", null, new List<string> { "BusinessIncome", "OtherIncome" }, "text", "notes");

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void Lines_whose_keys_differ_in_content_or_order_are_not_equal()
    {
        var a = new TemplateLine("五、单位资金", null, ["BusinessIncome", "OtherIncome"], null, null);

        a.ShouldNotBe(a with { Keys = ["OtherIncome", "BusinessIncome"] });
        a.ShouldNotBe(a with { Keys = ["BusinessIncome"] });
        a.ShouldNotBe(a with { Text = "定义" });
    }

    [Fact]
    public void Changing_the_list_a_line_was_made_from_does_not_change_the_line()
    {
        var keys = new List<string> { "Reception" };
        var line = new TemplateLine("三、公务接待费", null, keys, null, null);
        var hash = line.GetHashCode();

        keys.Add("Meeting");

        line.Keys.ShouldBe(["Reception"]);
        line.GetHashCode().ShouldBe(hash);
    }

    [Fact]
    public void A_generated_line_without_keys_has_an_empty_key_list()
    {
        var set = new TemplateLineSet("glossary", 2024, "13", "名词解释", [("上年结转", null, null, "指以前年度安排的资金。", null)], notes: "from a seed");

        set.Lines.ShouldHaveSingleItem().Keys.ShouldBeEmpty();
        set.Lines[0].Text.ShouldBe("指以前年度安排的资金。");
        set.Notes.ShouldBe("from a seed");
    }

    [Fact]
    public void ToString_shows_the_keys_not_the_list_type()
    {
        new TemplateLine("合计", null, ["A", "B"], null, null).ToString().ShouldContain("Keys = [A, B]");
    }
}
