using BudgetSdk.Codes;

namespace BudgetSdk.Tests;

/// <summary>Parsing codes: round trips, rejection of non-codes, errors that name the input, editions.</summary>
public class ParsingTests
{
    public static TheoryData<string, int> AllCatalogs => Catalogs.All;

    public static TheoryData<string?> NotCodes => new(null, "", "   ", "20", "2019999999", "2019998", "abc", "2O1", "201a", "20103x", "-201", "2010301.0");

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Every_code_parses_back_to_the_same_instance(string system, int edition)
        => Catalogs.Visit(system, edition, new RoundTrip());

    [Fact]
    public void Static_Parse_uses_the_latest_edition_and_returns_the_catalog_instance()
    {
        foreach (var code in FunctionalCode.Latest)
        {
            FunctionalCode.Parse(code.Code).ShouldBeSameAs(code);
            FunctionalCode.Parse(code.Code.AsSpan()).ShouldBeSameAs(code);
            FunctionalCode.TryParse(code.Code, out var parsed).ShouldBeTrue();
            parsed.ShouldBeSameAs(code);
        }

        foreach (var code in DepartmentEconomicCode.Latest)
        {
            DepartmentEconomicCode.Parse(code.Code).ShouldBeSameAs(code);
            DepartmentEconomicCode.Parse(code.Code.AsSpan()).ShouldBeSameAs(code);
        }

        foreach (var code in GovernmentEconomicCode.Latest)
        {
            GovernmentEconomicCode.Parse(code.Code).ShouldBeSameAs(code);
            GovernmentEconomicCode.Parse(code.Code.AsSpan()).ShouldBeSameAs(code);
        }

        FunctionalCode.Parse("2010301").Edition.ShouldBe(FunctionalCode.Editions.Max());
        FunctionalCode.Latest.ShouldBeSameAs(FunctionalCode.Edition2024.Catalog);
    }

    [Theory]
    [MemberData(nameof(NotCodes))]
    public void TryParse_is_false_for_anything_that_is_not_a_code(string? input)
    {
        FunctionalCode.TryParse(input, out var fromString).ShouldBeFalse();
        fromString.ShouldBeNull();
        FunctionalCode.TryParse(input.AsSpan(), out var fromSpan).ShouldBeFalse();
        fromSpan.ShouldBeNull();
        FunctionalCode.Edition2023.Catalog.TryParse(input, out _).ShouldBeFalse();
        DepartmentEconomicCode.TryParse(input, out _).ShouldBeFalse();
        GovernmentEconomicCode.TryParse(input, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2019998")]
    [InlineData("20")]
    [InlineData("2O1")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("2019999999")]
    public void Parse_throws_FormatException_naming_the_input(string input)
    {
        var fromString = Should.Throw<FormatException>(() => FunctionalCode.Parse(input));
        fromString.Message.ShouldContain($"'{input}'");

        var fromSpan = Should.Throw<FormatException>(() => FunctionalCode.Parse(input.AsSpan()));
        fromSpan.Message.ShouldContain($"'{input}'");

        var economic = Should.Throw<FormatException>(() => DepartmentEconomicCode.Parse(input));
        economic.Message.ShouldContain($"'{input}'");
    }

    [Fact]
    public void Parse_message_distinguishes_a_malformed_input_from_a_missing_code()
    {
        Should.Throw<FormatException>(() => FunctionalCode.Parse("2019998")).Message.ShouldContain("2024");
        Should.Throw<FormatException>(() => FunctionalCode.Parse("2O1")).Message.ShouldContain("3, 5 or 7");
        Should.Throw<FormatException>(() => DepartmentEconomicCode.Parse("3010")).Message.ShouldContain("3 or 5");
    }

    [Fact]
    public void Parse_of_null_string_throws_ArgumentNullException()
        => Should.Throw<ArgumentNullException>(() => FunctionalCode.Parse((string)null!));

    [Fact]
    public void Get_throws_KeyNotFoundException_for_a_missing_code()
    {
        var exception = Should.Throw<KeyNotFoundException>(() => FunctionalCode.Edition2024.Catalog.Get("2019998"));
        exception.Message.ShouldContain("2019998");
        Should.Throw<KeyNotFoundException>(() => DepartmentEconomicCode.Edition2023.Catalog.Get("30100"));
        Should.Throw<KeyNotFoundException>(() => GovernmentEconomicCode.Edition2024.Catalog.Get("201"));
    }

    [Theory]
    [InlineData(" 2010301")]
    [InlineData("2010301 ")]
    [InlineData("\t2010301\r\n")]
    [InlineData("\u00A02010301\u3000")]
    public void Surrounding_white_space_is_ignored(string input)
    {
        var expected = FunctionalCode.Edition2024.Catalog.Get("2010301");
        FunctionalCode.Parse(input).ShouldBeSameAs(expected);
        FunctionalCode.Parse(input.AsSpan()).ShouldBeSameAs(expected);
        FunctionalCode.TryParse(input, out var parsed).ShouldBeTrue();
        parsed.ShouldBeSameAs(expected);
    }

    [Fact]
    public void Inner_white_space_is_not_ignored()
        => FunctionalCode.TryParse("201 0301", out _).ShouldBeFalse();

    [Fact]
    public void Editions_give_distinct_instances_that_are_not_equal()
    {
        var code2023 = FunctionalCode.ForEdition(2023).Get("2010301");
        var code2024 = FunctionalCode.ForEdition(2024).Get("2010301");

        code2023.ShouldNotBeSameAs(code2024);
        code2023.Equals(code2024).ShouldBeFalse();
        code2023.CompareTo(code2024).ShouldBeLessThan(0);
        code2023.Edition.ShouldBe(2023);
        code2024.Edition.ShouldBe(2024);
    }

    [Fact]
    public void Editions_and_TryGetEdition_list_the_schema_editions()
    {
        FunctionalCode.Editions.ShouldBe([2017, 2019, 2023, 2024]);
        DepartmentEconomicCode.Editions.ShouldBe([2017, 2019, 2023, 2024]);
        GovernmentEconomicCode.Editions.ShouldBe([2017, 2019, 2023, 2024]);

        FunctionalCode.TryGetEdition(2023, out var catalog).ShouldBeTrue();
        catalog.ShouldBeSameAs(FunctionalCode.Edition2023.Catalog);
        FunctionalCode.TryGetEdition(2022, out var none).ShouldBeFalse();
        none.ShouldBeNull();
    }

    [Fact]
    public void ForEdition_of_an_unknown_year_throws_listing_the_editions()
    {
        var functional = Should.Throw<ArgumentOutOfRangeException>(() => FunctionalCode.ForEdition(1999));
        functional.ParamName.ShouldBe("year");
        functional.ActualValue.ShouldBe(1999);
        functional.Message.ShouldContain("2023");
        functional.Message.ShouldContain("2024");

        Should.Throw<ArgumentOutOfRangeException>(() => DepartmentEconomicCode.ForEdition(1999)).Message.ShouldContain("2024");
        Should.Throw<ArgumentOutOfRangeException>(() => GovernmentEconomicCode.ForEdition(1999)).Message.ShouldContain("2024");
    }

    [Fact]
    public void ISpanParsable_is_implemented_by_the_code_types()
    {
        ParseGeneric<FunctionalCode>("2010301").ShouldBeSameAs(FunctionalCode.Parse("2010301"));
        ParseGeneric<DepartmentEconomicCode>("30213").ShouldBeSameAs(DepartmentEconomicCode.Parse("30213"));
        TryParseGeneric<GovernmentEconomicCode>("abc").ShouldBeFalse();
    }

    private static T ParseGeneric<T>(string s)
        where T : ISpanParsable<T>
        => T.Parse(s.AsSpan(), provider: null);

    private static bool TryParseGeneric<T>(string s)
        where T : IParsable<T>
        => T.TryParse(s, provider: null, out _);

    private sealed class RoundTrip : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var problems = new List<string>();
            foreach (var code in catalog)
            {
                var ok = ReferenceEquals(catalog.Parse(code.Code), code)
                    && ReferenceEquals(catalog.Parse(code.Code.AsSpan()), code)
                    && ReferenceEquals(catalog.Get(code.Code), code)
                    && catalog.TryParse(code.Code, out var fromString) && ReferenceEquals(fromString, code)
                    && catalog.TryParse(code.Code.AsSpan(), out var fromSpan) && ReferenceEquals(fromSpan, code)
                    && ReferenceEquals(catalog.Parse(new string(code.Code)), code);
                if (!ok)
                {
                    problems.Add(code.ToString());
                }
            }

            problems.ShouldBeEmpty(catalog.ToString());
            catalog.Count.ShouldBeGreaterThan(0);
        }
    }
}
