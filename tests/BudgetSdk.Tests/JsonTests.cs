using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BudgetSdk.Codes;

namespace BudgetSdk.Tests;

/// <summary>System.Text.Json: codes are written as their code strings and read back to the catalog instances.</summary>
public class JsonTests
{
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    [Fact]
    public void Codes_serialize_as_their_code_strings()
    {
        var line = new BudgetLine("行政运行", FunctionalCode.Edition2024.行政运行_2010301, DepartmentEconomicCode.Parse("30213"), null);

        var json = JsonSerializer.Serialize(line, Options);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty(nameof(BudgetLine.Functional)).ValueKind.ShouldBe(JsonValueKind.String);
        root.GetProperty(nameof(BudgetLine.Functional)).GetString().ShouldBe("2010301");
        root.GetProperty(nameof(BudgetLine.Economic)).GetString().ShouldBe("30213");
        root.GetProperty(nameof(BudgetLine.Optional)).ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void A_code_on_its_own_serializes_as_a_json_string()
    {
        JsonSerializer.Serialize(FunctionalCode.Parse("201"), Options).ShouldBe("\"201\"");
        JsonSerializer.Serialize(GovernmentEconomicCode.Latest[0], Options).ShouldBe($"\"{GovernmentEconomicCode.Latest[0].Code}\"");
    }

    [Fact]
    public void Round_trip_gives_the_same_instances()
    {
        var line = new BudgetLine("x", FunctionalCode.Parse("2069999"), DepartmentEconomicCode.Parse("30101"), FunctionalCode.Parse("20103"));

        var back = JsonSerializer.Deserialize<BudgetLine>(JsonSerializer.Serialize(line, Options), Options).ShouldNotBeNull();

        back.Functional.ShouldBeSameAs(line.Functional);
        back.Economic.ShouldBeSameAs(line.Economic);
        back.Optional.ShouldBeSameAs(line.Optional);
        back.ShouldBe(line);
    }

    [Fact]
    public void Every_latest_functional_code_round_trips()
    {
        var codes = FunctionalCode.Latest.ToList();

        var back = JsonSerializer.Deserialize<List<FunctionalCode>>(JsonSerializer.Serialize(codes, Options), Options).ShouldNotBeNull();

        back.Count.ShouldBe(codes.Count);
        back.Zip(codes).ShouldAllBe(p => ReferenceEquals(p.First, p.Second));
    }

    [Fact]
    public void Escaped_strings_are_read()
    {
        var back = JsonSerializer.Deserialize<FunctionalCode>("\"\\u0032\\u0030\\u0031\"", Options);
        back.ShouldBeSameAs(FunctionalCode.Parse("201"));
    }

    [Fact]
    public void A_converter_for_an_edition_reads_codes_of_that_edition()
    {
        var options = new JsonSerializerOptions(Options);
        options.Converters.Add(new FunctionalCode.JsonConverter(2023));

        var back = JsonSerializer.Deserialize<FunctionalCode>("\"2010301\"", options).ShouldNotBeNull();

        back.Edition.ShouldBe(2023);
        back.ShouldBeSameAs(FunctionalCode.Edition2023.行政运行_2010301);
        JsonSerializer.Deserialize<FunctionalCode>("\"2010301\"", Options).ShouldNotBeNull().Edition.ShouldBe(2024);
        Should.Throw<ArgumentOutOfRangeException>(() => new FunctionalCode.JsonConverter(1999));
    }

    [Fact]
    public void An_unknown_code_throws_JsonException_naming_the_value_and_the_property()
    {
        const string json = """{"Label":"x","Functional":"9999999","Economic":"30101","Optional":null}""";

        var exception = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<BudgetLine>(json, Options));

        exception.Message.ShouldContain("9999999");
        exception.Path.ShouldBe("$.Functional");
    }

    [Fact]
    public void An_unknown_economic_code_throws_JsonException_naming_the_property()
    {
        const string json = """{"Label":"x","Functional":"201","Economic":"2010301","Optional":null}""";

        var exception = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<BudgetLine>(json, Options));

        exception.Message.ShouldContain("2010301");
        exception.Path.ShouldBe("$.Economic");
    }

    [Fact]
    public void A_number_token_throws_JsonException_naming_the_property_and_the_value()
    {
        const string json = """{"Label":"x","Functional":2010301,"Economic":"30101","Optional":null}""";

        var exception = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<BudgetLine>(json, Options));

        exception.Path.ShouldBe("$.Functional");
        exception.Message.ShouldContain("string");
        exception.Message.ShouldContain("2010301");
    }

    public sealed record BudgetLine(string Label, FunctionalCode Functional, DepartmentEconomicCode Economic, FunctionalCode? Optional);
}
