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

    /// <summary>What docs/json-format.md says the schema leaves to the reader: each such document is valid to the schema and refused by the reader.</summary>
    [Theory]
    [InlineData("a code not in the edition", "is not a code of")]
    [InlineData("settings.edition not the document's", "differs from the document's edition")]
    [InlineData("a count written with a fraction", "found the number 2.0")]
    [InlineData("a tier not in the framework", "is not a 二级 tier under its 一级")]
    [InlineData("a table cell unlike the derived one", "the document has \"1.00\" in T1")]
    [InlineData("an amount with a final line feed", "not a plain decimal number")]
    public void What_the_schema_leaves_to_the_reader_is_valid_to_the_schema_and_refused_by_the_reader(string edit, string reason)
    {
        var json = JsonEdit.Sample(root =>
        {
            switch (edit)
            {
                case "a code not in the edition": root["spending"]![0]!["code"] = "2999999"; break;
                case "settings.edition not the document's": root["settings"]!["edition"] = 2023; break;
                case "a count written with a fraction": root["assets"]!["vehicles"] = JsonValue.Create(2.0m); break;
                case "a tier not in the framework": root["projects"]![0]!["indicators"]![0]!["tier"] = "产出指标/社会效益指标"; break;
                case "a table cell unlike the derived one": root["tables"]![0]!["rows"]![0]!["cells"]![0] = "1.00"; break;
                default: root["spending"]![0]!["amount"] = "1.00\n"; break;
            }
        });

        ExportedSchema.Evaluate(JsonFormat.Disclosure, json).IsValid.ShouldBeTrue();
        Should.Throw<DisclosureJsonException>(() => DisclosureJson.Deserialize(json)).Message.ShouldContain(reason);
    }
}
