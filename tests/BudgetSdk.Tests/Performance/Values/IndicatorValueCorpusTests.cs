using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests.Performance.Values;

/// <summary>Every distinct 指标值 of the three seeds: where it is printed, what it parses as, and that its canonical form reads back the same.</summary>
public class IndicatorValueCorpusTests
{
    [Fact]
    public void The_corpus_holds_the_119_distinct_values_of_228_cells()
    {
        IndicatorValueCorpus.Values.Count.ShouldBe(119);
        IndicatorValueCorpus.Values.Sum(v => v.Count).ShouldBe(228);
        IndicatorValueCorpus.Values.Select(v => v.Value).ShouldBeUnique();
    }

    [Fact]
    public void Every_value_is_printed_where_the_corpus_says()
    {
        var lines = Seeds.Ids.ToDictionary(id => id, Seeds.ReadLines);
        foreach (var value in IndicatorValueCorpus.Values)
        {
            foreach (var (seed, line) in value.Places)
            {
                lines[seed][line - 1].ShouldContain(value.Value, customMessage: $"{seed}:{line}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(IndicatorValueCorpus.Texts), MemberType = typeof(IndicatorValueCorpus))]
    public void Each_value_parses_as_the_kind_the_corpus_records(string text)
    {
        var expected = IndicatorValueCorpus.Values.Single(v => v.Value == text).Kind;
        var value = IndicatorValue.Parse(text);
        value.Kind.ShouldBe(expected);
        value.Raw.ShouldBe(text);
    }

    [Theory]
    [MemberData(nameof(IndicatorValueCorpus.Texts), MemberType = typeof(IndicatorValueCorpus))]
    public void Each_value_reads_back_from_its_canonical_form(string text)
    {
        var value = IndicatorValue.Parse(text);
        var again = IndicatorValue.Parse(value.Format());
        again.ShouldBe(value);
        (again.Kind, again.Operator, again.Number, again.Unit).ShouldBe((value.Kind, value.Operator, value.Number, value.Unit));
        again.Format().ShouldBe(value.Format());
    }

    [Fact]
    public void The_kinds_are_counted()
    {
        var counts = IndicatorValueCorpus.Values.GroupBy(v => v.Kind).ToDictionary(g => g.Key, g => g.Count());
        counts.ShouldBe(new Dictionary<IndicatorValueKind, int>
        {
            [IndicatorValueKind.Comparison] = 83,
            [IndicatorValueKind.YesNo] = 10,
            [IndicatorValueKind.Qualitative] = 24,
            [IndicatorValueKind.Malformed] = 2,
        }, ignoreOrder: true);
    }

    [Fact]
    public void Every_unit_the_seeds_use_is_in_the_catalogue()
    {
        var units = IndicatorValueCorpus.Values.Select(v => IndicatorValue.Parse(v.Value).Unit).OfType<IndicatorUnit>().ToList();
        units.ShouldAllBe(unit => unit.InCatalogue);
        units.Select(unit => unit.Symbol).Distinct().Order(StringComparer.Ordinal).ShouldBe(
            new[] { "%", "万元", "个", "人", "人次", "元", "元/人", "元/天/人", "元/套", "元/年", "只", "台", "块", "天", "套", "年", "平方米", "批次", "条", "次", "毫米", "种", "路", "部" }
                .Order(StringComparer.Ordinal),
            ignoreOrder: false);
        IndicatorUnits.All.Select(unit => unit.Symbol).ShouldBeUnique();
    }
}
