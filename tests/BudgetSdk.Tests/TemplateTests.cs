using BudgetSdk.Codes;
using BudgetSdk.Templates;

namespace BudgetSdk.Tests;

/// <summary>The expense lines of 部门预算收支总表 (Hebei 2024 against seed 000, and 2023), and choosing a line set.</summary>
public class TemplateTests
{
    private static TemplateLineSet T1 => LineSets.T1Expense_2024_13;

    [Fact]
    public void Seed_000_prints_31_expense_lines()
    {
        var labels = Seeds.T1ExpenseLabels();

        labels.Count.ShouldBe(31);
        labels[0].ShouldBe("一、一般公共服务支出");
        labels[^1].ShouldBe("三十一、人行科目");
    }

    [Fact]
    public void T1_line_set_has_exactly_the_labels_printed_in_seed_000_in_order()
    {
        T1.Lines.Select(l => l.Label).ShouldBe(Seeds.T1ExpenseLabels());
    }

    [Fact]
    public void T1_line_set_describes_itself()
    {
        T1.Id.ShouldBe("t1-expense");
        T1.Edition.ShouldBe(2024);
        T1.Region.ShouldBe("13");
        T1.Lines.Count.ShouldBe(31);
        LineSets.All.ShouldContain(T1);
    }

    [Fact]
    public void Each_functional_class_is_a_class_of_edition_2024_named_as_the_label_without_its_ordinal()
    {
        var catalog = FunctionalCode.Edition2024.Catalog;
        var problems = new List<string>();
        foreach (var line in T1.Lines.Where(l => l.FunctionalClass is not null))
        {
            if (!catalog.TryParse(line.FunctionalClass, out var code))
            {
                problems.Add($"{line.Label}: {line.FunctionalClass} is not a code of {catalog}");
            }
            else if (code.Level != CodeLevel.Class)
            {
                problems.Add($"{line.Label}: {code} is not a 类");
            }
            else if (code.Name != Seeds.WithoutOrdinal(line.Label))
            {
                problems.Add($"{line.Label}: {code} has another name");
            }
        }

        problems.ShouldBeEmpty();
        T1.Lines.Count(l => l.FunctionalClass is not null).ShouldBe(30);
    }

    [Fact]
    public void The_2023_expense_lines_are_the_2024_labels_each_on_a_class_of_edition_2023_of_that_name()
    {
        var lines = LineSets.T1Expense_2023_13.Lines;
        var catalog = FunctionalCode.Edition2023.Catalog;

        lines.Select(l => l.Label).ShouldBe(T1.Lines.Select(l => l.Label));
        lines.Where(l => l.FunctionalClass is not null)
            .Where(l => !catalog.TryParse(l.FunctionalClass, out var code) || code.Level != CodeLevel.Class || code.Name != Seeds.WithoutOrdinal(l.Label))
            .Select(l => l.Label)
            .ShouldBeEmpty();
        lines.Count(l => l.FunctionalClass is null).ShouldBe(1);
    }

    [Fact]
    public void Functional_classes_are_distinct_and_in_code_order()
    {
        var classes = T1.Lines.Select(l => l.FunctionalClass).OfType<string>().ToList();

        classes.ShouldBeUnique();
        classes.ShouldBe(classes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_class_of_edition_2024_has_a_line()
    {
        var classes = T1.Lines.Select(l => l.FunctionalClass).OfType<string>().ToHashSet();
        FunctionalCode.Edition2024.Catalog.Roots.Where(r => !classes.Contains(r.Code)).ShouldBeEmpty();
    }

    [Fact]
    public void The_line_人行科目_has_no_functional_class()
    {
        var line = T1.Lines.Single(l => l.Label == "三十一、人行科目");

        line.FunctionalClass.ShouldBeNull();
        line.Notes.ShouldNotBeNullOrWhiteSpace();
        T1.Lines[^1].ShouldBeSameAs(line);
    }

    [Fact]
    public void Select_picks_the_Hebei_2024_set_for_a_Hebei_region_in_2024()
    {
        TemplateLineSet.Select(LineSets.All, "t1-expense", 2024, "130324").ShouldBeSameAs(T1);
    }

    [Fact]
    public void Select_picks_the_newest_edition_not_after_the_year()
    {
        TemplateLineSet.Select(LineSets.All, "t1-expense", 2025, "130324").ShouldBeSameAs(T1);
    }

    [Fact]
    public void Select_picks_the_2023_set_for_2023()
    {
        var set = TemplateLineSet.Select(LineSets.All, "t1-expense", 2023, "130324");

        set.ShouldBeSameAs(LineSets.T1Expense_2023_13);
        set.ShouldNotBeSameAs(T1);
    }

    [Theory]
    [InlineData("t1-expense", 2022, "130324")]
    [InlineData("t1-expense", 2024, "110101")]
    [InlineData("t2-income", 2024, "130324")]
    public void Select_returns_null_when_no_set_applies(string id, int year, string region)
    {
        TemplateLineSet.Select(LineSets.All, id, year, region).ShouldBeNull();
    }

    [Fact]
    public void Select_prefers_the_most_specific_region_and_the_newest_edition()
    {
        var national = new TemplateLineSet("t1-expense", 2024, null, "national", [("一、一般公共服务支出", "201", null, null, null)]);
        var city = new TemplateLineSet("t1-expense", 2024, "1303", "city", [("一、一般公共服务支出", "201", null, null, null)]);
        var old = new TemplateLineSet("t1-expense", 2023, "130324", "old county", [("一、一般公共服务支出", "201", null, null, null)]);
        TemplateLineSet[] sets = [national, T1, city, old];

        TemplateLineSet.Select(sets, "t1-expense", 2024, "130324").ShouldBeSameAs(city);
        TemplateLineSet.Select(sets, "t1-expense", 2024, "130102").ShouldBeSameAs(T1);
        TemplateLineSet.Select(sets, "t1-expense", 2024, "110101").ShouldBeSameAs(national);
        TemplateLineSet.Select(sets, "t1-expense", 2023, "130324").ShouldBeSameAs(old);
    }
}
