using System.Text.Json;
using BudgetSdk.Codes;
using BudgetSdk.Serialization;

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

    [Theory]
    [InlineData(null, JsonFormat.Disclosure)]
    [InlineData("disclosure", JsonFormat.Disclosure)]
    [InlineData("form-facts", JsonFormat.FormFacts)]
    public void The_json_schema_is_the_librarys_schema_of_the_document_and_parses_as_draft_2020_12(string? document, JsonFormat format)
    {
        var run = document is null
            ? Budget.Run("schema", "export", "--format", "json-schema")
            : Budget.Run("schema", "export", "--format", "json-schema", "--document", document);

        run.Exit.ShouldBe(ExitCodes.Ok, run.Err);
        run.Out.ShouldBe(DisclosureJsonSchema.Write(format));
        using var schema = JsonDocument.Parse(run.Out);
        schema.RootElement.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        schema.RootElement.GetProperty("$id").GetString().ShouldBe(DisclosureJsonSchema.IdOf(format));
    }

    [Fact]
    public void The_json_schema_goes_to_the_o_file_as_the_same_bytes()
    {
        using var file = new TempFile("an earlier file", "disclosure.schema.json");

        var run = Budget.Run("schema", "export", "--format", "json-schema", "--document", "form-facts", "-o", file.Path);

        run.Exit.ShouldBe(ExitCodes.Ok, run.Err);
        run.Out.ShouldBeEmpty();
        File.ReadAllText(file.Path).ShouldBe(DisclosureJsonSchema.Write(JsonFormat.FormFacts));
    }

    [Theory]
    [InlineData("the JSON Schema covers every edition", "schema", "export", "--format", "json-schema", "--edition", "2024")]
    [InlineData("the JSON Schema covers every edition", "schema", "export", "--format", "json-schema", "--system", "functional")]
    [InlineData("a code list is chosen by --system", "schema", "export", "--document", "disclosure")]
    public void An_option_of_the_other_format_is_refused_in_one_line_with_exit_2(string reason, params string[] arguments)
    {
        var run = Budget.Run(arguments);

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.Out.ShouldBeEmpty();
        run.Err.Trim().ShouldStartWith("budget: ");
        run.Err.Trim().ShouldEndWith(reason);
        run.Err.Trim().ShouldNotContain("\n");
    }

    [Fact]
    public void An_unknown_document_is_refused_with_exit_2()
    {
        var run = Budget.Run("schema", "export", "--format", "json-schema", "--document", "printed");

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.Out.ShouldBeEmpty();
        run.Err.ShouldContain("printed");
    }
}
