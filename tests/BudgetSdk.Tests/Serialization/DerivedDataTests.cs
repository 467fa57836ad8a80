using System.Text.Json.Nodes;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Rules;
using BudgetSdk.Serialization;

namespace BudgetSdk.Tests.Serialization;

/// <summary>
/// Reading builds again: facts that break a rule are refused like in the builder, and the tables and warnings a
/// document carries must be the ones its facts give.
/// </summary>
public class DerivedDataTests
{
    [Fact]
    public void A_hand_edited_table_cell_is_rejected_with_its_path()
    {
        var json = JsonEdit.Sample(root => root["tables"]![5]!["rows"]![2]!["cells"]![1] = "80.01");

        var e = JsonEdit.Rejects(json);

        e.Path.ShouldBe("$.tables[5].rows[2].cells[1]");
        e.Message.ShouldContain("tables are derived from the facts and must not be edited");
        e.Message.ShouldContain("the document has \"80.01\" in T6");
        e.Message.ShouldContain("row 30101 基本工资, column 人员经费, but the facts give \"80.00\"");
        e.LineNumber.ShouldBe(LineOf(json, "\"80.01\""));
    }

    [Fact]
    public void A_cell_written_with_other_trailing_zeros_is_the_same_value()
    {
        var json = JsonEdit.Sample(root => root["tables"]![5]!["rows"]![2]!["cells"]![1] = "80.0");

        DisclosureJson.Deserialize(json).ShouldBe(SampleDisclosure.Build());
    }

    [Fact]
    public void An_edited_title_is_rejected()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["tables"]![0]!["title"] = "收支总表"));

        e.Path.ShouldBe("$.tables[0].title");
        e.Message.ShouldContain("must not be edited");
    }

    [Fact]
    public void A_removed_row_is_rejected_at_the_rows()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["tables"]![2]!["rows"]!.AsArray().RemoveAt(1)));

        e.Path.ShouldBe("$.tables[2].rows");
        e.Message.ShouldContain("rows");
    }

    [Fact]
    public void A_removed_table_is_rejected_at_the_tables()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["tables"]!.AsArray().RemoveAt(10)));

        e.Path.ShouldBe("$.tables");
        e.Message.ShouldContain("the document has 10 tables");
    }

    [Fact]
    public void An_edited_warning_is_rejected()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["warnings"]![0]!["message"] = "ok"));

        e.Path.ShouldBe("$.warnings[0].message");
        e.Message.ShouldContain("warnings are derived from the facts and must not be edited");
    }

    [Fact]
    public void Documents_may_leave_derived_data_out()
    {
        var json = JsonEdit.Sample(root =>
        {
            root.Remove("tables");
            root.Remove("warnings");
        });

        var back = DisclosureJson.Deserialize(json);

        back.ShouldBe(SampleDisclosure.Build());
        back.Tables.ShouldBe(SampleDisclosure.Build().Tables);
    }

    [Fact]
    public void Facts_that_break_a_rule_raise_the_validation_exception()
    {
        var json = JsonEdit.Sample(root => root["basicExpenditures"]![0]!["personnel"] = "81.00");

        var e = Should.Throw<DisclosureValidationException>(() => DisclosureJson.Deserialize(json));

        e.Problems.ShouldContain(p => p.RuleId == "BDR0201" && p.Severity == Severity.Error);
    }

    [Fact]
    public void Settings_passed_in_replace_the_documents()
    {
        var json = DisclosureJson.Serialize(SampleDisclosure.Build());

        var e = Should.Throw<DisclosureValidationException>(() => DisclosureJson.Deserialize(json, new BuildSettings { WarningsAsErrors = true }));

        e.Problems.ShouldContain(p => p.Severity == Severity.Warning);
    }

    [Fact]
    public void Another_rounding_gives_other_tables_than_the_document_has()
    {
        // 12.345万元 rounds to 12.35 away from zero and to 12.34 to even.
        var json = DisclosureJson.Serialize(SampleDisclosure.Build());

        var e = JsonEdit.Rejects(json, new BuildSettings { Rounding = MidpointRounding.ToEven });

        e.Path.ShouldStartWith("$.tables[10]");
        e.Message.ShouldContain("they were derived with the settings passed to Deserialize");
    }

    [Fact]
    public void Another_rounding_applies_when_the_document_leaves_its_tables_out()
    {
        var json = JsonEdit.Sample(root => root.Remove("tables"));
        var settings = new BuildSettings { Rounding = MidpointRounding.ToEven };

        var back = DisclosureJson.Deserialize(json, settings);

        back.Settings.ShouldBe(settings);
        back.ShouldBe(SampleDisclosure.Build(settings));
    }

    [Fact]
    public void Settings_passed_in_must_not_contradict_the_documents_edition()
    {
        var json = DisclosureJson.Serialize(SampleDisclosure.Build());

        var e = JsonEdit.Rejects(json, new BuildSettings { Edition = 2023 });

        e.Path.ShouldBe("$.edition");
        e.Message.ShouldContain("the settings passed to Deserialize ask for edition 2023");
    }

    [Fact]
    public void A_disclosure_built_with_its_own_template_sets_needs_them_to_be_read()
    {
        var settings = new BuildSettings { TemplateSets = LineSets.All };
        var disclosure = SampleDisclosure.Build(settings);
        var json = DisclosureJson.Serialize(disclosure);

        var e = JsonEdit.Rejects(json);
        var back = DisclosureJson.Deserialize(json, settings);

        e.Path.ShouldBe("$.settings.customTemplateSets");
        e.Message.ShouldContain("expected settings passed to Deserialize with those TemplateSets");
        back.ShouldBe(disclosure);
    }

    private static long LineOf(string json, string text) => json[..json.IndexOf(text, StringComparison.Ordinal)].Count(ch => ch == '\n') + 1;
}
