using BudgetSdk.Facts;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Serialization;
using BudgetSdk.Tests.Forms.Facts;

namespace BudgetSdk.Tests.Serialization;

/// <summary>The form facts JSON (<c>budget import</c> of a form document): written deterministically, read back equal.</summary>
public class FormFactsJsonTests
{
    [Fact]
    public void A_unit_budgets_facts_with_split_basic_spending_are_written_and_read_back_equal()
    {
        var form = FormCatalog.Shipped.Forms.Single(f => f.Id == "shanghai-municipal");
        var facts = FormFactsFixtures.Random(form, 3);
        facts.Spending.ShouldContain(s => s.Part == SpendingPart.PublicUse);

        var json = FormFactsJson.Serialize(facts, form.Id, "unit", ["a choice"]);
        var back = FormFactsJson.Deserialize(json);

        json.ShouldBe(FormFactsJson.Serialize(facts, form.Id, "unit", ["a choice"]));
        json.ShouldStartWith("{\n  \"kind\": \"formFacts\",\n  \"formatVersion\": 1,\n  \"form\": \"shanghai-municipal\",");
        json.ShouldContain("\"part\": \"publicUse\"");
        back.FormId.ShouldBe(form.Id);
        back.DocumentKind.ShouldBe("unit");
        back.Choices.ShouldBe(["a choice"]);
        back.Facts.Header.ShouldBe(facts.Header);
        back.Facts.Spending.ShouldBe(facts.Spending);
        back.Facts.BasicExpenditures.ShouldBe(facts.BasicExpenditures);
        back.Facts.ThreePublic.ShouldBe(facts.ThreePublic);
        FormFactsFixtures.Cells(FormDerivation.Derive(back.Facts, form, "unit")).ShouldBe(FormFactsFixtures.Cells(FormDerivation.Derive(facts, form, "unit")));
    }

    [Fact]
    public void A_disclosure_json_is_not_form_facts_and_says_what_was_expected()
    {
        var json = "{\"kind\": \"publishedDisclosure\", \"formatVersion\": 1, \"edition\": 2024}";

        var e = Should.Throw<DisclosureJsonException>(() => FormFactsJson.Deserialize(json));

        e.Message.ShouldContain("kind \"publishedDisclosure\"");
        e.Message.ShouldContain("\"kind\": \"formFacts\"");
    }
}
