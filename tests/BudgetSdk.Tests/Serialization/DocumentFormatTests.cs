using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Rules;
using BudgetSdk.Serialization;
using BudgetSdk.Tables;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Tests.Serialization;

/// <summary>The shape and bytes of a document: fixed order, every property, one normal form per value.</summary>
public class DocumentFormatTests
{
    private static readonly Lazy<string> Json = new(() => DisclosureJson.Serialize(SampleDisclosure.Build()));

    [Fact]
    public void The_same_disclosure_gives_the_same_bytes()
    {
        var first = DisclosureJson.SerializeToUtf8Bytes(SampleDisclosure.Build());
        var second = DisclosureJson.SerializeToUtf8Bytes(SampleDisclosure.Build());

        second.ShouldBe(first);
    }

    [Fact]
    public void Equal_amounts_stated_with_different_scales_give_the_same_bytes()
    {
        static string Write(Money basic, Money personnel) => DisclosureJson.Serialize(
            DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2024)
                .Spend(Codes.FunctionalCode.Edition2024.行政运行_2010301, ExpenseKind.Basic, basic)
                .Basic(Codes.DepartmentEconomicCode.Edition2024.基本工资_30101, personnel: personnel)
                .Build().GetOrThrow());

        Write(Money.FromWan(12.5m), Money.FromYuan(125000m)).ShouldBe(Write(Money.FromWan(12.500m), Money.FromWan(12.50000m)));
    }

    [Fact]
    public void Output_is_indented_utf8_with_unescaped_chinese_and_lf_line_ends()
    {
        var bytes = DisclosureJson.SerializeToUtf8Bytes(SampleDisclosure.Build());
        var text = Encoding.UTF8.GetString(bytes);

        bytes.ShouldNotContain((byte)'\r');
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        text.ShouldStartWith("{\n  \"formatVersion\": 1,\n  \"header\": {\n    \"regionCode\": \"130324\",");
        text.ShouldEndWith("}\n");
        text.ShouldContain("\"departmentName\": \"卢龙县人民政府办公室\"");
        text.ShouldContain("\"协调“三公”经费管理\"");
        text.ShouldContain("\"basicChangeReason\": \"工资调整\\n第二行\"");
    }

    [Fact]
    public void Root_properties_come_in_the_documented_order()
    {
        var names = JsonNode.Parse(Json.Value)!.AsObject().Select(p => p.Key);

        names.ShouldBe(new[]
        {
            "formatVersion", "header", "edition", "settings", "units", "spending", "basicExpenditures", "threePublic", "operatingFunds",
            "projects", "procurement", "assets", "narrative", "priorYear", "tables", "warnings",
        });
    }

    [Fact]
    public void A_spending_fact_is_written_as_documented()
    {
        var spending = JsonNode.Parse(Json.Value)!["spending"]![1]!.ToJsonString();

        spending.ShouldBe("""{"code":"2010305","kind":"project","source":"generalPublicBudget","amount":"60.335","carriedOver":false}""");
    }

    [Fact]
    public void Absent_optional_values_are_written_as_null_not_left_out()
    {
        var json = DisclosureJson.Serialize(DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2024)
            .Spend(Codes.FunctionalCode.Edition2024.行政运行_2010301, ExpenseKind.Basic, Money.FromWan(1m))
            .Basic(Codes.DepartmentEconomicCode.Edition2024.基本工资_30101, personnel: Money.FromWan(1m))
            .Build().GetOrThrow());
        var root = JsonNode.Parse(json)!.AsObject();

        root["assets"].ShouldBeNull();
        root.ContainsKey("assets").ShouldBeTrue();
        root.ContainsKey("priorYear").ShouldBeTrue();
        root["units"]!.AsArray().ShouldBeEmpty();
        root["narrative"]!.AsObject().Count.ShouldBe(9);
        root["narrative"]!["targets"]!["overallGoal"].ShouldBeNull();
    }

    [Theory]
    [InlineData("267.58", "267.58")]
    [InlineData("0.26", "0.26")]
    [InlineData("12.335", "12.335")]
    [InlineData("12.5", "12.50")]
    [InlineData("12.50000", "12.50")]
    [InlineData("0", "0.00")]
    [InlineData("100", "100.00")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335.00")]
    public void Amounts_in_wan_have_one_normal_form_without_exponent(string value, string written)
        => JsonAmounts.Wan(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(written);

    [Fact]
    public void An_amount_finer_than_wan_can_carry_is_refused_rather_than_rounded()
    {
        JsonAmounts.Wan(Money.FromYuan(0.000000000000000000000001m)).ShouldBe("0.0000000000000000000000000001");
        Should.Throw<ArgumentException>(() => JsonAmounts.Wan(Money.FromYuan(0.0000000000000000000000001m))).Message.ShouldContain("24 decimals of 元");
    }

    [Fact]
    public void Negative_zero_is_written_as_zero()
    {
        JsonAmounts.Wan(-0.00m).ShouldBe("0.00");
        JsonAmounts.Plain(-0.0m).ShouldBe("0");
    }

    [Fact]
    public void Every_enum_member_has_its_camel_case_name()
    {
        Check(JsonNames.Kind);
        Check(JsonNames.Source);
        Check(JsonNames.Nature);
        Check(JsonNames.Component);
        Check(JsonNames.Rounding);
        Check(JsonNames.Severity);
        Check(JsonNames.Table);

        static void Check<T>(JsonEnum<T> names)
            where T : struct, Enum
        {
            foreach (var member in Enum.GetValues<T>())
            {
                names.NameOf(member).ShouldBe(CamelCase(member.ToString()));
                names.TryParse(CamelCase(member.ToString()), out var back).ShouldBeTrue();
                back.ShouldBe(member);
            }
        }
    }

    [Fact]
    public void An_undefined_enum_value_cannot_be_written()
        => Should.Throw<ArgumentOutOfRangeException>(() => JsonNames.Kind.NameOf((ExpenseKind)42)).Message.ShouldContain("basic, project");

    /// <summary>
    /// Guards against model drift: a property added to a fact type must be added to the format too, or it would be
    /// lost on a round trip. Each JSON object has exactly the model's settable properties, camelCased.
    /// </summary>
    [Theory]
    [InlineData(typeof(DisclosureFacts), "$")]
    [InlineData(typeof(DisclosureHeader), "$.header")]
    [InlineData(typeof(BuildSettings), "$.settings")]
    [InlineData(typeof(OrganizationUnit), "$.units[0]")]
    [InlineData(typeof(Spending), "$.spending[0]")]
    [InlineData(typeof(BasicExpenditure), "$.basicExpenditures[0]")]
    [InlineData(typeof(ThreePublicExpense), "$.threePublic[0]")]
    [InlineData(typeof(Project), "$.projects[0]")]
    [InlineData(typeof(SpendingPlan), "$.projects[0].plan")]
    [InlineData(typeof(ProcurementLine), "$.procurement[0]")]
    [InlineData(typeof(ProcurementAmount), "$.procurement[0].amounts[0]")]
    [InlineData(typeof(Assets), "$.assets")]
    [InlineData(typeof(Narrative), "$.narrative")]
    [InlineData(typeof(PriorYear), "$.priorYear")]
    [InlineData(typeof(BudgetSdk.Performance.DepartmentTargets), "$.narrative.targets")]
    [InlineData(typeof(BudgetTable), "$.tables[0]")]
    [InlineData(typeof(TableRow), "$.tables[0].rows[0]")]
    [InlineData(typeof(Problem), "$.warnings[0]")]
    public void Every_property_of_the_model_is_written(Type type, string path)
    {
        var node = Select(JsonNode.Parse(Json.Value)!, path).AsObject();
        var expected = ModelProperties(type).Select(CamelCase).ToHashSet();
        if (type == typeof(DisclosureFacts))
        {
            expected.UnionWith(new[] { "formatVersion", "settings", "tables", "warnings" });
        }

        // A project names the framework its indicators are filed in (derived from their tiers, so not settable).
        if (type == typeof(Project))
        {
            expected.Add("framework");
        }

        // A spending fact's part (人员经费/公用经费 by function) is written only when set: a region's 单位预算 form needs it,
        // Hebei's facts never carry it, so their bytes stay as they were. FormFactsJsonTests shows it written and read.
        if (type == typeof(Spending))
        {
            expected.Remove("part");
        }

        // Template line sets are schema data: the document says only whether the reader must supply its own.
        if (expected.Remove("templateSets"))
        {
            expected.Add("customTemplateSets");
        }

        node.Select(p => p.Key).ToHashSet().ShouldBe(expected, ignoreOrder: true);
    }

    private static IEnumerable<string> ModelProperties(Type type)
    {
        // Records state their facts as init properties; the two table classes take theirs through the constructor.
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).ToArray();
        return settable.Length > 0 ? settable : type.GetConstructors().Single().GetParameters().Select(p => p.Name!);
    }

    private static JsonNode Select(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = step.Split('[', ']');
            node = node[parts[0]]!;
            if (parts.Length > 1)
            {
                node = node[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)]!;
            }
        }

        return node;
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
