using BudgetSdk.Codes;

namespace BudgetSdk.Cli.Tests;

/// <summary><c>budget schema export</c>: a shipped code list as CSV, row for row the catalogue the library uses.</summary>
public class SchemaExportTests
{
    [Fact]
    public void The_functional_list_of_an_edition_is_one_row_per_code_with_level_parent_and_aliases()
    {
        var run = Budget.Run("schema", "export", "--format", "csv", "--edition", "2024");

        run.Exit.ShouldBe(ExitCodes.Ok, run.Err);
        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldBe("code,name,level,parent,aliases");
        var catalog = FunctionalCode.ForEdition(2024);
        rows.Length.ShouldBe(catalog.Count + 1);
        rows.Skip(1).Select(r => r.Split(',')[0]).ShouldBe(catalog.Select(c => c.Code));
        rows.ShouldContain("2013999,其他社会工作事务支出,3,20139,");
        rows.Single(r => r.StartsWith("207,", StringComparison.Ordinal)).ShouldBe("207,文化旅游体育与传媒支出,1,," + string.Join("|", catalog.Get("207").Aliases));
    }

    [Fact]
    public void The_newest_edition_by_default_and_o_writes_the_same_bytes_to_a_file()
    {
        using var folder = new TempFile("an earlier file", "codes.csv");

        var toFile = Budget.Run("schema", "export", "--system", "economic-department", "-o", folder.Path);
        var toStdout = Budget.Run("schema", "export", "--system", "economic-department", "--edition", DepartmentEconomicCode.Editions[^1].ToString(System.Globalization.CultureInfo.InvariantCulture));

        toFile.Exit.ShouldBe(ExitCodes.Ok, toFile.Err);
        File.ReadAllText(folder.Path).ShouldBe(toStdout.Out);
        toStdout.Out.ShouldContain("30311,代缴社会保险费,2,303,");
    }

    [Fact]
    public void An_edition_the_schema_lacks_is_one_line_naming_those_it_has_and_exit_2()
    {
        var run = Budget.Run("schema", "export", "--edition", "2018");

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.Out.ShouldBeEmpty();
        run.Err.Trim().ShouldBe($"budget: the schema has no 2018 edition of 支出功能分类; it has {string.Join(", ", FunctionalCode.Editions)}");
    }
}
