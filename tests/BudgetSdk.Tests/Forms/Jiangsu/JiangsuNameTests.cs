using System.Text.RegularExpressions;
using BudgetSdk.Codes;
using Shouldly;
using Xunit;

namespace BudgetSdk.Tests.Forms.Jiangsu;

/// <summary>
/// Every 功能科目 name printed in the Jiangsu documents (as written down in their expected-cell lists, read from the PDFs)
/// finds the code printed beside it, by its current name or by an alias: 2017 prints the pre-2018 类 names
/// (文化体育与传媒支出, 医疗卫生与计划生育支出, 国土海洋气象等支出), 2017 and 2019 print 资源勘探信息等支出 and 行政事业单位离退休.
/// </summary>
public sealed partial class JiangsuNameTests
{
    /// <summary>Codes printed in Jiangsu documents that the edition no longer has (2080504 未归口管理的行政单位离退休 was dropped
    /// when 20805 became 行政事业单位养老支出), so no name can find them.</summary>
    private static readonly string[] Dropped = ["2080504"];

    public static TheoryData<string> Lists()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExpectedFolder, "js-*.cells.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_printed_functional_name_finds_its_code(string list)
    {
        var rows = FunctionalRows(Path.Combine(ExpectedFolder, list)).ToList();
        rows.ShouldNotBeEmpty();
        var catalog = FunctionalCode.Edition2024.Catalog;
        foreach (var (code, name) in rows.Where(r => !Dropped.Contains(r.Code)))
        {
            catalog.FindByName(name).Select(c => c.Code).ShouldContain(code, $"{list}: {code} printed as {name}");
        }
    }

    [Fact]
    public void The_old_class_names_find_their_codes()
    {
        var catalog = FunctionalCode.Edition2024.Catalog;
        catalog.FindByName("文化体育与传媒支出").Select(c => c.Code).ShouldBe(["207"]);
        catalog.FindByName("医疗卫生与计划生育支出").Select(c => c.Code).ShouldBe(["210"]);
        catalog.FindByName("国土海洋气象等支出").Select(c => c.Code).ShouldBe(["220"]);
        catalog.FindByName("卫生健康支出").Select(c => c.Code).ShouldBe(["210"]);
    }

    [Fact]
    public void The_dropped_code_is_really_not_in_the_edition()
        => FunctionalCode.Edition2024.Catalog.FindByName("未归口管理的行政单位离退休").ShouldBeEmpty();

    private static string ExpectedFolder => Path.Combine(Seeds.RepositoryRoot, "tests", "BudgetSdk.Tests", "Forms", "Expected");

    /// <summary>Rows whose id is a 功能科目 code (2xx…), with the label's Chinese ordinal (一、) removed.</summary>
    private static IEnumerable<(string Code, string Name)> FunctionalRows(string path)
        => File.ReadLines(path)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(p => p.Length >= 3 && FunctionalId().IsMatch(p[0]))
            .Select(p => (p[0], Ordinal().Replace(p[1], "")))
            .Distinct();

    [GeneratedRegex(@"^2\d{2}(\d{2}){0,2}$")]
    private static partial Regex FunctionalId();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex Ordinal();
}
