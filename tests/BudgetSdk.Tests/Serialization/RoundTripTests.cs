using System.Text;
using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Samples;
using BudgetSdk.Serialization;

namespace BudgetSdk.Tests.Serialization;

/// <summary>Deserialize(Serialize(d)) equals d, and writing it again gives the same bytes.</summary>
public class RoundTripTests
{
    [Fact]
    public void The_sample_round_trips_to_an_equal_disclosure_with_equal_derived_data()
    {
        var disclosure = SampleDisclosure.Build();

        var back = DisclosureJson.Deserialize(DisclosureJson.Serialize(disclosure));

        back.ShouldBe(disclosure);
        back.Tables.ShouldBe(disclosure.Tables);
        back.Warnings.ShouldBe(disclosure.Warnings);
        back.Figures.ShouldBe(disclosure.Figures);
    }

    [Fact]
    public void The_sample_uses_every_kind_of_fact_and_has_a_warning()
    {
        var facts = SampleDisclosure.Build().Facts;

        new object?[] { facts.Assets, facts.PriorYear, facts.Narrative.Targets.OverallGoal }.ShouldAllBe(o => o != null);
        new[] { facts.Units.Count, facts.Spending.Count, facts.BasicExpenditures.Count, facts.ThreePublic.Count, facts.Projects.Count, facts.Procurement.Count }
            .ShouldAllBe(n => n > 0);
        SampleDisclosure.Build().Warnings.ShouldNotBeEmpty();
    }

    [Fact]
    public void Writing_what_was_read_gives_identical_bytes()
    {
        var bytes = DisclosureJson.SerializeToUtf8Bytes(SampleDisclosure.Build());

        var again = DisclosureJson.SerializeToUtf8Bytes(DisclosureJson.Deserialize(bytes));

        again.ShouldBe(bytes);
    }

    [Fact]
    public void Sub_cent_amounts_survive_exactly()
    {
        var back = DisclosureJson.Deserialize(DisclosureJson.Serialize(SampleDisclosure.Build()));

        back.Facts.Spending[1].Amount.Wan.ShouldBe(60.335m);
        back.Facts.Assets!.OtherValue.Yuan.ShouldBe(123450m);
    }

    [Fact]
    public void Codes_come_back_as_the_catalog_instances_of_the_document_edition()
    {
        var back = DisclosureJson.Deserialize(DisclosureJson.Serialize(SampleDisclosure.Build()));

        back.Facts.Spending[0].Code.ShouldBeSameAs(FunctionalCode.Edition2024.行政运行_2010301);
        back.Facts.BasicExpenditures[0].Code.ShouldBeSameAs(DepartmentEconomicCode.Edition2024.基本工资_30101);
        back.Facts.Projects[0].FunctionalCode.ShouldBeSameAs(FunctionalCode.Edition2024.专项业务及机关事务管理_2010305);
        back.Facts.Projects[1].FunctionalCode.ShouldBeNull();
    }

    [Fact]
    public void Settings_round_trip_including_an_explicit_edition_and_another_rounding()
    {
        var settings = new BuildSettings { Edition = 2024, Rounding = MidpointRounding.ToEven };
        var disclosure = SampleDisclosure.Build(settings);

        var back = DisclosureJson.Deserialize(DisclosureJson.Serialize(disclosure));

        back.Settings.ShouldBe(settings);
        back.ShouldBe(disclosure);
    }

    [Fact]
    public void The_published_Lulong_2024_disclosure_round_trips()
    {
        var disclosure = Lulong2024.Facts().Build().GetOrThrow();

        var json = DisclosureJson.Serialize(disclosure);
        var back = DisclosureJson.Deserialize(json);

        back.ShouldBe(disclosure);
        DisclosureJson.Serialize(back).ShouldBe(json);
    }

    [Fact]
    public void Streams_carry_the_same_bytes_as_strings()
    {
        var disclosure = SampleDisclosure.Build();
        using var stream = new MemoryStream();

        DisclosureJson.Serialize(stream, disclosure);
        stream.Position = 0;
        var back = DisclosureJson.Deserialize(stream);

        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(DisclosureJson.Serialize(disclosure));
        back.ShouldBe(disclosure);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = DisclosureJson.SerializeToUtf8Bytes(SampleDisclosure.Build());

        var back = DisclosureJson.Deserialize([0xEF, 0xBB, 0xBF, .. bytes]);

        back.ShouldBe(SampleDisclosure.Build());
    }

    [Fact]
    public void A_2023_document_reads_its_codes_in_edition_2023_not_the_newest()
    {
        var disclosure = DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2023)
            .Spend(FunctionalCode.Edition2023.行政运行_2010301, ExpenseKind.Basic, Money.FromWan(1m))
            .Basic(DepartmentEconomicCode.Edition2023.基本工资_30101, personnel: Money.FromWan(1m))
            .Build().GetOrThrow();

        var back = DisclosureJson.Deserialize(DisclosureJson.Serialize(disclosure));

        back.Facts.Spending[0].Code.ShouldBeSameAs(FunctionalCode.Edition2023.行政运行_2010301);
        back.Facts.BasicExpenditures[0].Code.Edition.ShouldBe(2023);
        back.ShouldBe(disclosure);
    }
}
