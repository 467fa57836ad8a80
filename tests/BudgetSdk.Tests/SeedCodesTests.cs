using BudgetSdk.Codes;

namespace BudgetSdk.Tests;

/// <summary>Every code printed in the real seed documents is a code of edition 2024, and its printed name finds it.</summary>
public class SeedCodesTests
{
    public static TheoryData<string> SeedIds => new(Seeds.Ids);

    [Theory]
    [InlineData("000", 22, 17)]
    [InlineData("001", 15, 20)]
    [InlineData("002", 21, 21)]
    public void Extraction_finds_the_codes_of_each_seed(string id, int minimumFunctional, int minimumEconomic)
    {
        var printed = Seeds.ExtractCodes(id);

        var functional = printed.Where(p => p.Kind == PrintedCodeKind.Functional).Select(p => p.Code).Distinct().Count();
        var economic = printed.Where(p => p.Kind == PrintedCodeKind.DepartmentEconomic).Select(p => p.Code).Distinct().Count();

        functional.ShouldBeGreaterThanOrEqualTo(minimumFunctional, $"distinct functional codes extracted from seed {id}");
        economic.ShouldBeGreaterThanOrEqualTo(minimumEconomic, $"distinct economic codes extracted from seed {id}");
        printed.ShouldAllBe(p => p.Name.Length > 0, $"every code of seed {id} has a printed name");
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_printed_functional_code_is_a_code_of_edition_2024_named_as_printed(string id)
        => Mismatches(FunctionalCode.Edition2024.Catalog, id, PrintedCodeKind.Functional).ShouldBeEmpty($"seed {id}");

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_printed_economic_code_is_a_code_of_edition_2024_named_as_printed(string id)
        => Mismatches(DepartmentEconomicCode.Edition2024.Catalog, id, PrintedCodeKind.DepartmentEconomic).ShouldBeEmpty($"seed {id}");

    /// <summary>Printed codes of one kind that the catalog lacks, or whose printed name does not find them.</summary>
    private static List<string> Mismatches<TCode>(CodeCatalog<TCode> catalog, string id, PrintedCodeKind kind)
        where TCode : ClassificationCode<TCode>
    {
        var problems = new List<string>();
        foreach (var printed in Seeds.ExtractCodes(id).Where(p => p.Kind == kind))
        {
            if (!catalog.TryParse(printed.Code, out var code))
            {
                problems.Add($"{printed}: not a code of {catalog}");
            }
            else if (!catalog.FindByName(printed.Name).Contains(code) && !code.IsNamed(printed.Name))
            {
                problems.Add($"{printed}: the code is named '{code.Name}'");
            }
        }

        return problems;
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Each_code_is_printed_with_one_name_throughout_a_seed(string id)
    {
        // Seed 001 prints the same rows once wrapped (收入总表) and once on one line (支出总表): joining the
        // wrapped lines must give the same name, or the extraction is wrong.
        var inconsistent = Seeds.ExtractCodes(id)
            .GroupBy(p => p.Code)
            .Where(g => g.Select(p => p.Name).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(" | ", g.Select(p => p.Name).Distinct())}")
            .ToList();

        inconsistent.ShouldBeEmpty($"seed {id}");
    }

    [Theory]
    [InlineData("201", "一般公共服务支出")]
    [InlineData("20103", "政府办公厅（室）及相关机构事务")]
    [InlineData("20827", "财政对其他社会保险基金的补助")]
    [InlineData("2010399", "其他政府办公厅（室）及相关机构事务支出")]
    public void Seed_001_wrapped_names_are_joined(string code, string name)
    {
        // Each of these rows is printed wrapped over several lines in 部门预算收入总表 and on one line in later tables.
        var printed = Seeds.ExtractCodes("001").Where(p => p.Code == code).ToList();

        printed.Count.ShouldBeGreaterThanOrEqualTo(3);
        printed.ShouldAllBe(p => p.Name == name);
    }

    [Fact]
    public void Amounts_and_areas_are_not_taken_for_codes()
    {
        // 001 prints an area of 30500 square metres; it is not in a code column.
        Seeds.ExtractCodes("001").ShouldNotContain(p => p.Code == "30500");
        Seeds.ExtractCodes("000").Concat(Seeds.ExtractCodes("001")).Concat(Seeds.ExtractCodes("002"))
            .ShouldAllBe(p => Seeds.KindOf(p.Code) != null && !p.Name.Any(char.IsAsciiDigit));
    }

    [Fact]
    public void Seed_002_prints_21305_by_its_alias()
    {
        var printed = Seeds.ExtractCodes("002").Where(p => p.Code == "21305").Select(p => p.Name).Distinct().ToList();
        printed.ShouldBe(["巩固拓展脱贫攻坚成果"]);

        var code = FunctionalCode.Edition2024.Catalog.Get("21305");
        code.Name.ShouldNotBe("巩固拓展脱贫攻坚成果");
        code.Aliases.ShouldContain("巩固拓展脱贫攻坚成果");
        code.IsNamed("巩固拓展脱贫攻坚成果").ShouldBeTrue();
        FunctionalCode.Edition2024.Catalog.FindByName("巩固拓展脱贫攻坚成果").ShouldContain(code);
    }
}
