using BudgetSdk.Codes;
using BudgetSdk.Import;
using BudgetSdk.Rendering;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Samples;
using BudgetSdk.Templates;

namespace BudgetSdk.Tests.Rendering;

/// <summary>
/// The sentences of sections 二、三、四 and 九 are template data (part <c>sentences</c>): every shipped sentence names
/// only placeholders the writer fills, every sentence the writer asks for exists, and a form with other wording
/// prints that wording with the same figures.
/// </summary>
public class SentenceTemplateTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();

    [Fact]
    public void Every_shipped_sentence_names_only_the_placeholders_its_writer_fills_and_has_each_sentence()
    {
        foreach (var set in LineSets.All.Where(s => s.Id == "sentences"))
        {
            set.Lines.Select(l => l.Keys.Single()).Order(StringComparer.Ordinal)
                .ShouldBe(TemplateKeyTests.SentencePlaceholders.Keys.Order(StringComparer.Ordinal), set.ToString());
            foreach (var line in set.Lines)
            {
                Sentences.Placeholders(line.Text!).ShouldBeSubsetOf(TemplateKeyTests.SentencePlaceholders[line.Keys[0]], $"{set}: {line.Label}");
            }
        }
    }

    [Fact]
    public void Seed_000s_sentences_are_filled_with_its_figures()
    {
        var say = new Sentences(Lulong.Template);

        OverviewSentences.Expense(Lulong).ShouldContain("2024年支出预算777.63万元，其中基本支出436.55万元，包括人员经费402.35万元和日常公用经费34.20万元；项目支出341.08万元");
        OverviewSentences.OperatingFunds(Lulong).ShouldStartWith("2024年，我部门机关运行经费共计安排34.20万元");
        say.Fill("change.down", ("amount", "6.00万元")).ShouldBe("减少6.00万元");
    }

    [Fact]
    public void A_form_with_other_wording_prints_it_with_the_same_figures()
    {
        var sets = LineSets.All.Select(s => s.Id != "sentences" || s.Edition != 2024 ? s : Reworded(s)).ToArray();
        DisclosureTemplate.TrySelect(sets, 2024, "130324", out var template, out _).ShouldBeTrue();

        var text = new Sentences(template!).Fill("operatingFunds", ("year", "2024"), ("operatingFunds", "34.20万元"), ("use", "日常运转"));

        text.ShouldBe("机关运行经费34.20万元（2024年），用于日常运转。");
    }

    [Fact]
    public void A_placeholder_the_writer_does_not_fill_is_a_schema_error_naming_it()
    {
        var sets = LineSets.All.Select(s => s.Id != "sentences" || s.Edition != 2024 ? s : Reworded(s, "{year}年{nothing}")).ToArray();
        DisclosureTemplate.TrySelect(sets, 2024, "130324", out var template, out _).ShouldBeTrue();

        var error = Should.Throw<InvalidOperationException>(() => new Sentences(template!).Fill("operatingFunds", ("year", "2024")));

        error.Message.ShouldContain("{nothing}");
        error.Message.ShouldContain("operatingFunds");
    }

    [Fact]
    public void The_published_text_still_prints_the_seed_wording()
    {
        var text = DisclosureTextWriter.Write(Lulong, TextFormat.TabSeparated);

        text.ShouldContain("2024年，我部门财政拨款“三公”经费预算安排15.50万元，其中因公出国（境）费0.00万元；公务用车购置及运维费3.50万元（其中：公务用车购置费为0.00万元，公务用车运维费3.50万元）；公务接待费12.00万元。");
    }

    private static TemplateLineSet Reworded(TemplateLineSet set, string operatingFunds = "机关运行经费{operatingFunds}（{year}年），用于{use}。")
        => new(set.Id, set.Edition, set.Region, set.Title,
            set.Lines.Select(l => (l.Label, l.FunctionalClass, (string[]?)l.Keys.ToArray(), l.Keys[0] == "operatingFunds" ? operatingFunds : l.Text, l.Notes)).ToArray(),
            set.Notes);
}
