using System.Text.Json.Nodes;
using BudgetSdk.Serialization;

namespace BudgetSdk.Tests.Serialization.Schema;

/// <summary>
/// Every JSON document the tests write is valid against the exported schema of its format (JsonSchema.Net, draft
/// 2020-12), and what the reader refuses for its shape the schema refuses too.
/// </summary>
public class SchemaValidationTests
{
    public static TheoryData<string> DisclosureNames() => new(WrittenDocuments.Disclosures.Select(d => d.Name));

    public static TheoryData<string> FormFactsNames() => new(WrittenDocuments.FormFacts.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(DisclosureNames))]
    public void Every_disclosure_the_tests_write_is_valid_against_the_disclosure_schema_and_not_the_form_facts_one(string name)
    {
        var json = WrittenDocuments.Disclosures.Single(d => d.Name == name).Json;

        var results = ExportedSchema.Evaluate(JsonFormat.Disclosure, json);

        results.IsValid.ShouldBeTrue(ExportedSchema.Failures(results));
        ExportedSchema.Evaluate(JsonFormat.FormFacts, json).IsValid.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(FormFactsNames))]
    public void Every_form_facts_document_the_tests_write_is_valid_against_the_form_facts_schema_and_not_the_disclosure_one(string name)
    {
        var json = WrittenDocuments.FormFacts.Single(d => d.Name == name).Json;

        var results = ExportedSchema.Evaluate(JsonFormat.FormFacts, json);

        results.IsValid.ShouldBeTrue(ExportedSchema.Failures(results));
        ExportedSchema.Evaluate(JsonFormat.Disclosure, json).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void The_documents_cover_the_imported_form_documents_of_both_regions_and_the_three_hebei_seeds()
    {
        WrittenDocuments.FormFacts.Count(d => d.Name.StartsWith("sh-", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        WrittenDocuments.FormFacts.Count(d => d.Name.StartsWith("js-", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        WrittenDocuments.FormFacts.ShouldContain(d => d.Json.Contains("\"part\": \"publicUse\"", StringComparison.Ordinal));
        WrittenDocuments.FormFacts.ShouldContain(d => d.Json.Contains("\"operatingFunds\": [\n    {", StringComparison.Ordinal));
        WrittenDocuments.Disclosures.Select(d => d.Name).ShouldContain("seed 001 imported");
    }

    [Fact]
    public void An_unknown_property_is_refused_by_both()
    {
        var json = JsonEdit.Sample(root => root["spending"]![0]!.AsObject().Add("note", "x"));

        JsonEdit.Rejects(json).Reason.ShouldBe("unknown property \"note\"");
        ExportedSchema.Evaluate(JsonFormat.Disclosure, json).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_missing_required_property_is_refused_by_both()
    {
        var json = JsonEdit.Sample(root => root["units"]![0]!.AsObject().Remove("nature"));

        JsonEdit.Rejects(json).Reason.ShouldBe("the required property \"nature\" is missing");
        ExportedSchema.Evaluate(JsonFormat.Disclosure, json).IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData("amount")]
    [InlineData("code")]
    [InlineData("kind")]
    public void A_number_where_a_string_is_required_is_refused_by_both(string property)
    {
        var json = JsonEdit.Sample(root => root["spending"]![0]![property] = JsonValue.Create(267.58m));

        JsonEdit.Rejects(json).Reason.ShouldBe("found the number 267.58");
        ExportedSchema.Evaluate(JsonFormat.Disclosure, json).IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData("267.580", true)]
    [InlineData("0", true)]
    [InlineData("-1.00", false)]
    [InlineData("1e3", false)]
    [InlineData(" 1.00", false)]
    [InlineData("1,000.00", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("１.00", false)]
    public void An_amount_string_is_valid_exactly_when_the_reader_takes_it(string amount, bool valid)
    {
        var json = JsonEdit.Sample(root => root["spending"]![0]!["amount"] = amount);

        JsonAmounts.TryParse(amount, negativeAllowed: false, out _, out _).ShouldBe(valid);
        ExportedSchema.Evaluate(JsonFormat.Disclosure, json).IsValid.ShouldBe(valid);
    }

    [Fact]
    public void A_project_with_indicators_must_name_its_framework_in_both()
    {
        var json = JsonEdit.Sample(root => root["projects"]![0]!.AsObject().Remove("framework"));

        JsonEdit.Rejects(json).Reason.ShouldBe("the required property \"framework\" is missing");
        ExportedSchema.Evaluate(JsonFormat.Disclosure, json).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void An_edition_without_code_lists_is_refused_by_both()
    {
        var json = JsonEdit.Sample(root => root["edition"] = 2018);

        JsonEdit.Rejects(json).Reason.ShouldBe("the schema has no code lists of edition 2018");
        ExportedSchema.Evaluate(JsonFormat.Disclosure, json).IsValid.ShouldBeFalse();
    }
}
