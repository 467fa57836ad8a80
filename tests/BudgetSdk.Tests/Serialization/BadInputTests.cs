using System.Text;
using System.Text.Json.Nodes;
using BudgetSdk.Codes;
using BudgetSdk.Serialization;

namespace BudgetSdk.Tests.Serialization;

/// <summary>
/// Every way a document can be wrong raises <see cref="DisclosureJsonException"/> naming the JSON path, the line
/// and byte, and what was expected there — never another exception, never a half-built disclosure.
/// </summary>
public class BadInputTests
{
    private static readonly Lazy<string> Sample = new(() => DisclosureJson.Serialize(SampleDisclosure.Build()));

    [Fact]
    public void Not_json_at_all()
    {
        var e = JsonEdit.Rejects("预算公开 2024");

        e.Path.ShouldBe("$");
        e.Message.ShouldContain("the document is not valid JSON");
        e.Message.ShouldContain("expected a complete JSON document");
        (e.LineNumber, e.BytePositionInLine).ShouldBe((1L, 1L));
    }

    [Fact]
    public void Truncated_inside_an_amount()
    {
        var json = Sample.Value;
        var cut = json[..(json.IndexOf("\"60.335\"", StringComparison.Ordinal) + 4)];

        var e = JsonEdit.Rejects(cut);

        e.Path.ShouldBe("$.spending[1].amount");
        e.Message.ShouldContain("not valid JSON");
        e.Message.ShouldContain("expected a complete JSON document");
        e.LineNumber.ShouldBe(cut.Count(ch => ch == '\n') + 1);
    }

    [Fact]
    public void Truncated_between_values()
    {
        var json = Sample.Value;

        var e = JsonEdit.Rejects(json[..json.IndexOf("\"basicExpenditures\"", StringComparison.Ordinal)]);

        e.Path.ShouldBe("$.spending");
        e.Message.ShouldContain("expected a complete JSON document");
    }

    [Fact]
    public void Wrong_root_type()
    {
        var e = JsonEdit.Rejects("[{\"formatVersion\": 1}]");

        e.Path.ShouldBe("$");
        e.Message.ShouldContain("found an array");
        e.Expected.ShouldBe("a disclosure: a JSON object starting {\"formatVersion\": 1, …}");
        e.Message.ShouldContain("expected " + e.Expected);
    }

    [Fact]
    public void Missing_required_property()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["spending"]![0]!.AsObject().Remove("amount")));

        e.Path.ShouldBe("$.spending[0].amount");
        e.Message.ShouldContain("the required property \"amount\" is missing");
        e.Message.ShouldContain("expected a non-negative amount in 万元 as a string, e.g. \"267.58\"");
    }

    [Fact]
    public void Missing_header()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root.Remove("header")));

        e.Path.ShouldBe("$.header");
        e.Message.ShouldContain("expected the header: an object with regionCode, departmentCode, departmentName and year");
    }

    [Fact]
    public void Missing_format_version()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root.Remove("formatVersion")));

        e.Path.ShouldBe("$.formatVersion");
        e.Message.ShouldContain("expected \"formatVersion\": 1");
    }

    [Fact]
    public void Unknown_property_is_rejected_not_dropped()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["spending"]![0]!["amout"] = "1.00"));

        e.Path.ShouldBe("$.spending[0].amout");
        e.Message.ShouldContain("unknown property \"amout\"");
        e.Message.ShouldContain("expected one of code, kind, source, amount, carriedOver");
    }

    [Fact]
    public void Unknown_root_property()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["comment"] = "hand-edited"));

        e.Path.ShouldBe("$.comment");
        e.Message.ShouldContain("expected one of formatVersion, header, edition");
    }

    [Fact]
    public void Wrong_type_a_number_for_an_amount()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["spending"]![3]!["amount"] = 267.58m));

        e.Path.ShouldBe("$.spending[3].amount");
        e.Message.ShouldContain("found the number 267.58");
        e.Message.ShouldContain("expected a non-negative amount in 万元 as a string, e.g. \"267.58\"");
    }

    [Fact]
    public void Wrong_type_null_for_a_required_string()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["units"]![1]!["name"] = null));

        e.Path.ShouldBe("$.units[1].name");
        e.Message.ShouldContain("found null; expected a string");
    }

    [Fact]
    public void Wrong_type_a_string_for_an_object()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["header"] = "434 卢龙县人民政府办公室"));

        e.Path.ShouldBe("$.header");
        e.Message.ShouldContain("found the string \"434 卢龙县人民政府办公室\"");
        e.Message.ShouldContain("expected the header: an object");
    }

    [Fact]
    public void Unknown_enum_name()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["spending"]![0]!["kind"] = "Basic"));

        e.Path.ShouldBe("$.spending[0].kind");
        e.Message.ShouldContain("unknown name \"Basic\"");
        e.Message.ShouldContain("expected a kind of spending: one of basic, project, operating, remittanceToSuperior, subsidyToAffiliates");
    }

    [Fact]
    public void Unknown_code_for_the_edition()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["spending"]![2]!["code"] = "9999999"));

        e.Path.ShouldBe("$.spending[2].code");
        e.Message.ShouldContain("\"9999999\" is not a code of 支出功能分类 edition 2024 (the document's \"edition\")");
        e.Message.ShouldContain("expected a code of 支出功能分类 edition 2024 as a string, e.g. \"2010301\"");
    }

    [Fact]
    public void Unknown_economic_code()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["basicExpenditures"]![1]!["code"] = "2010301"));

        e.Path.ShouldBe("$.basicExpenditures[1].code");
        e.Message.ShouldContain("expected a code of 部门预算支出经济分类");
    }

    [Fact]
    public void Negative_amount()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["projects"]![0]!["otherFunds"] = "-5.00"));

        e.Path.ShouldBe("$.projects[0].otherFunds");
        e.Message.ShouldContain("amounts in a disclosure are never negative");
        e.Message.ShouldContain("expected a non-negative amount in 万元 as a string, e.g. \"267.58\"");
    }

    [Theory]
    [InlineData("1e3", "not a plain decimal number")]
    [InlineData(" 1.00", "not a plain decimal number")]
    [InlineData("1,000.00", "not a plain decimal number")]
    [InlineData("", "not a plain decimal number")]
    [InlineData("99999999999999999999999999", "too large to hold in 元")]
    [InlineData("0.00000000000000000000000000001", "it would be rounded")]
    public void Malformed_amount(string amount, string reason)
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["priorYear"]!["basic"] = amount));

        e.Path.ShouldBe("$.priorYear.basic");
        e.Message.ShouldContain(reason);
        e.Message.ShouldContain("expected a non-negative amount in 万元 as a string");
    }

    [Fact]
    public void Unsupported_format_version()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["formatVersion"] = 2));

        e.Path.ShouldBe("$.formatVersion");
        e.Message.ShouldContain("formatVersion 2 is not supported");
        e.Message.ShouldContain("the versions this BudgetSdk reads: 1");
    }

    [Fact]
    public void Format_version_is_checked_before_anything_else()
    {
        // A future version may have other properties: they must not be reported as unknown ones.
        var e = JsonEdit.Rejects(JsonEdit.Sample(root =>
        {
            root["futureProperty"] = true;
            root["formatVersion"] = 2;
        }));

        e.Path.ShouldBe("$.formatVersion");
    }

    [Fact]
    public void Edition_without_code_lists()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["edition"] = 1999));

        e.Path.ShouldBe("$.edition");
        e.Message.ShouldContain("the schema has no code lists of edition 1999");
        e.Message.ShouldContain("expected an edition the schema has code lists for: 2017, 2019, 2023, 2024");
    }

    [Fact]
    public void Settings_edition_that_contradicts_the_document()
    {
        var e = JsonEdit.Rejects(JsonEdit.Sample(root => root["settings"]!["edition"] = 2023));

        e.Path.ShouldBe("$.settings.edition");
        e.Message.ShouldContain("expected null (the budget year) or the document's edition 2024");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Empty_input(string json)
    {
        var e = JsonEdit.Rejects(json);

        e.Path.ShouldBe("$");
        e.Message.ShouldContain("the document is empty");
        e.Message.ShouldContain("expected a disclosure: a JSON object");
    }

    [Fact]
    public void Empty_stream()
    {
        var e = Should.Throw<DisclosureJsonException>(() => DisclosureJson.Deserialize(new MemoryStream()));

        e.Path.ShouldBe("$");
        e.Message.ShouldContain("the document is empty");
    }

    [Fact]
    public void Duplicate_property()
    {
        var json = Sample.Value.Replace("\"carriedOver\": false\n", "\"carriedOver\": false,\n      \"amount\": \"1.00\"\n", StringComparison.Ordinal);

        var e = JsonEdit.Rejects(json);

        e.Path.ShouldBe("$.spending[0].amount");
        e.Message.ShouldContain("the property \"amount\" appears twice in the same object");
    }

    [Fact]
    public void Comments_and_trailing_commas_are_not_json()
    {
        JsonEdit.Rejects(Sample.Value.Replace("\"edition\": 2024,", "\"edition\": 2024, // 2024 lists", StringComparison.Ordinal))
            .Path.ShouldBe("$.edition");
        JsonEdit.Rejects(Sample.Value.Replace("\"year\": 2024\n", "\"year\": 2024,\n", StringComparison.Ordinal))
            .Path.ShouldBe("$.header.year");
    }

    [Fact]
    public void Content_after_the_document()
    {
        var e = JsonEdit.Rejects(Sample.Value + "{}");

        e.Message.ShouldContain("not valid JSON");
        e.LineNumber.ShouldBe(Sample.Value.Count(ch => ch == '\n') + 1);
    }

    [Fact]
    public void Invalid_utf8_inside_a_string()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample.Value);
        var at = Encoding.UTF8.GetBytes(Sample.Value[..Sample.Value.IndexOf("正科级", StringComparison.Ordinal)]).Length;
        bytes[at] = 0xFF;

        var e = Should.Throw<DisclosureJsonException>(() => DisclosureJson.Deserialize(bytes));

        e.Path.ShouldBe("$.units[0].rank");
    }

    [Fact]
    public void Line_and_byte_point_at_the_offending_value()
    {
        var json = Sample.Value.Replace("\"amount\": \"60.335\"", "\"amount\": \"-60.335\"", StringComparison.Ordinal);
        var lines = json.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("-60.335", StringComparison.Ordinal));

        var e = JsonEdit.Rejects(json);

        e.Path.ShouldBe("$.spending[1].amount");
        e.LineNumber.ShouldBe(line + 1);
        e.BytePositionInLine.ShouldBe(lines[line].IndexOf("\"-60.335\"", StringComparison.Ordinal) + 1);
        e.Message.ShouldStartWith($"$.spending[1].amount (line {line + 1}, byte {e.BytePositionInLine}): ");
    }

    [Fact]
    public void Byte_positions_count_utf8_bytes()
    {
        const string json = "{\"formatVersion\": 1, \"edition\": 2024, \"header\": {\"departmentName\": \"卢龙\", \"year\": \"2024\"}}";

        var e = JsonEdit.Rejects(json);

        e.Path.ShouldBe("$.header.year");
        e.BytePositionInLine.ShouldBe(Encoding.UTF8.GetByteCount(json[..json.IndexOf("\"2024\"", StringComparison.Ordinal)]) + 1);
    }

    [Fact]
    public void A_syntax_error_reports_the_readers_line_and_byte()
    {
        var e = JsonEdit.Rejects("{\"formatVersion\": 1,\n  \"header\": x}");

        e.Path.ShouldBe("$.header");
        (e.LineNumber, e.BytePositionInLine).ShouldBe((2L, 13L));
        e.Message.ShouldNotContain("LineNumber: 1");
    }
}
