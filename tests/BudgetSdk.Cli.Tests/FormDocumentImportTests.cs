using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Reading;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Serialization;
using BudgetSdk.Tests;

namespace BudgetSdk.Cli.Tests;

/// <summary>
/// <c>budget import</c> of the Shanghai layout texts (../shared/documents/shanghai): a document whose printed tables state
/// one set of facts is written as form facts JSON, and those facts, derived with the document's own form, give back every
/// printed table cell; a document whose cells disagree is one line naming them, exit 1.
/// </summary>
public class FormDocumentImportTests
{
    private static readonly string Shanghai = Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents", "shanghai");

    [Fact]
    public void The_finance_bureau_2025_imports_and_its_facts_give_back_every_printed_cell()
    {
        var path = Path.Combine(Shanghai, "sh-putuo-finance-2025.layout.txt");
        using var folder = new TempFile(string.Empty);
        var output = folder.Beside("out.json");

        var run = Budget.Run("import", path, "-o", output);

        run.Exit.ShouldBe(ExitCodes.Ok, run.Err);
        run.Out.ShouldContain("2025 上海市普陀区财政局 (region 310107) in the form shanghai, department: 360 printed cells given back");
        var imported = FormFactsJson.Deserialize(File.ReadAllText(output));
        imported.FormId.ShouldBe("shanghai");
        imported.Facts.Header.DepartmentName.ShouldBe("上海市普陀区财政局");
        imported.Facts.Spending.Sum(s => s.Amount.Yuan).ShouldBe(31_214_205.80m);

        CellsGivenBack(path, imported).ShouldBe(360);
    }

    [Theory]
    [InlineData("js-court-2019", "江苏省高级人民法院", 197, 1637.72)]
    [InlineData("js-npc-2019-tables", "江苏省人大常委会办公厅", 178, 233.10)]
    [InlineData("js-procuratorate-2019", "江苏省人民检察院", 187, 303.40)]
    public void A_Jiangsu_2019_document_imports_with_its_own_years_codes_and_its_procurement(string id, string department, int cells, decimal goods)
    {
        // Its 2080504 未归口管理的行政单位离退休 is a code of the 2019 edition, not of 2023's; its 政府采购预算表 prints the
        // purchases by category only, so the facts hold one purchase per category.
        var path = Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents", "jiangsu", id + ".layout.txt");

        using var folder = new TempFile(string.Empty);
        var output = folder.Beside(id + ".json");

        var run = Budget.Run("import", path, "-o", output);

        run.Exit.ShouldBe(ExitCodes.Ok, run.Err);
        run.Out.ShouldContain($"2019 {department} (region 320000) in the form jiangsu-2019, department: {cells} printed cells given back");
        var imported = FormFactsJson.Deserialize(File.ReadAllText(output));
        imported.Facts.Edition.ShouldBe(2019);
        imported.Facts.Spending.ShouldContain(s => s.Code.Code == "2080504");
        imported.Facts.Procurement.Single(p => p.CatalogueCode == "A").Total.Yuan.ShouldBe(goods * 10_000m);
        CellsGivenBack(path, imported).ShouldBe(cells);
    }

    [Fact]
    public void The_street_office_2023_imports_its_operating_funds_as_stated_not_as_its_public_use_spending()
    {
        // 万里街道's 机关运行经费 (786.09 万元) counts its 机关 and 参公 unit only: less than the 公用经费 on 302 + 310 of
        // all its units, so it is a fact of its own.
        var path = Path.Combine(Shanghai, "sh-putuo-wanli-2023.layout.txt");
        using var folder = new TempFile(string.Empty);
        var output = folder.Beside("wanli.json");

        var run = Budget.Run("import", path, "-o", output);

        run.Exit.ShouldBe(ExitCodes.Ok, run.Err);
        run.Out.ShouldContain("2023 上海市普陀区人民政府万里街道办事处 (region 310107) in the form shanghai, department: 900 printed cells given back");
        var imported = FormFactsJson.Deserialize(File.ReadAllText(output));
        var stated = imported.Facts.OperatingFunds.ShouldHaveSingleItem();
        stated.Code.ShouldBeNull();
        stated.Amount.Yuan.ShouldBe(7_860_900m);
        imported.Facts.BasicExpenditures.Where(b => b.Code.Code.StartsWith("302", StringComparison.Ordinal) || b.Code.Code.StartsWith("310", StringComparison.Ordinal))
            .Sum(b => b.PublicUse.Yuan).ShouldBeGreaterThan(7_860_900m);
        CellsGivenBack(path, imported).ShouldBe(900);
    }

    [Fact]
    public void The_party_office_2017_imports_its_operating_funds_by_economic_code_with_the_codes_its_basic_spending_lacks()
    {
        // Its 机关运行经费支出预算表 counts 项目支出 on 302 too: 30202 印刷费 (100.00) is not in its 基本支出.
        var path = Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents", "jiangsu", "js-party-office-2017-tables.layout.txt");
        using var folder = new TempFile(string.Empty);
        var output = folder.Beside("party-office.json");

        var run = Budget.Run("import", path, "-o", output);

        run.Exit.ShouldBe(ExitCodes.Ok, run.Err);
        run.Out.ShouldContain("in the form jiangsu-2017, department: 178 printed cells given back");
        var imported = FormFactsJson.Deserialize(File.ReadAllText(output));
        imported.Facts.OperatingFunds.Single(o => o.Code?.Code == "30202").Amount.Yuan.ShouldBe(1_000_000m);
        imported.Facts.BasicExpenditures.ShouldNotContain(b => b.Code.Code == "30202");
        CellsGivenBack(path, imported).ShouldBe(178);
    }

    [Fact]
    public void The_district_government_office_2025_imports_its_three_public_table_rounded_from_the_exact_amounts()
    {
        // Its 机关运行经费 prints 213.28 万元, the exact 元 amounts rounded; the 款 rounded one by one add up to 213.27.
        var run = Budget.Run("import", Path.Combine(Shanghai, "sh-putuo-govoffice-2025.layout.txt"));

        run.Exit.ShouldBe(ExitCodes.Ok, run.Err);
        var imported = FormFactsJson.Deserialize(run.Out);
        imported.Facts.Header.DepartmentName.ShouldBe("上海市普陀区人民政府办公室");
        imported.FormId.ShouldBe("shanghai");
    }

    [Fact]
    public void A_document_whose_cells_disagree_is_one_line_naming_them_and_no_json()
    {
        // The finance bureau with one 项 of 支出预算总表 edited: 行政运行's 基本支出 no longer what the other tables print.
        var text = File.ReadAllText(Path.Combine(Shanghai, "sh-putuo-finance-2025.layout.txt"));
        var edited = ReplaceFirstAfter(text, "2025年部门支出预算总表", "16,231,840.80   16,093,326.00", "16,231,840.80   16,093,336.00");
        using var file = new TempFile(edited);

        var run = Budget.Run("import", file.Path);

        run.Exit.ShouldBe(ExitCodes.RuleBroken);
        run.Out.ShouldBeEmpty();
        var line = run.ErrLines.ShouldHaveSingleItem();
        line.ShouldStartWith($"budget: {file.Path}: the printed tables do not state one set of facts (");
        line.ShouldContain("t3/2010601/basic 16093336.00");
        line.ShouldEndWith("; no JSON written");
    }

    [Fact]
    public void A_document_with_tables_not_read_is_refused_naming_them()
    {
        // The finance bureau without its 支出预算总表: the facts of the other tables are not the document's.
        var text = File.ReadAllText(Path.Combine(Shanghai, "sh-putuo-finance-2025.layout.txt"));
        var start = text.IndexOf("                               2025年部门支出预算总表", StringComparison.Ordinal);
        var end = text.IndexOf("2025年部门财政拨款收支预算总表", start, StringComparison.Ordinal);
        end = text.LastIndexOf('\n', end);
        using var file = new TempFile(text[..start] + text[(end + 1)..]);

        var run = Budget.Run("import", file.Path);

        run.Exit.ShouldBe(ExitCodes.RuleBroken);
        run.ErrLines.ShouldHaveSingleItem().ShouldContain("its facts cannot be stated: t3 (2025年部门支出预算总表) is not in the document");
    }

    [Fact]
    public void Printed_json_of_a_form_document_is_refused_in_one_line()
    {
        var run = Budget.Run("import", Path.Combine(Shanghai, "sh-putuo-finance-2025.layout.txt"), "--printed");

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.ErrLines.ShouldHaveSingleItem().ShouldContain("is printed in the form shanghai; --printed writes Hebei's printed model only");
    }

    private static string ReplaceFirstAfter(string text, string anchor, string from, string to)
    {
        var at = text.IndexOf(from, text.IndexOf(anchor, StringComparison.Ordinal), StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        return text[..at] + to + text[(at + from.Length)..];
    }

    /// <summary>The model derived with its own region's form, against the cells as printed: every one (blank = 0); the count.</summary>
    private static int CellsGivenBack(string path, FormFacts imported)
    {
        var printed = FormReader.Read(File.ReadAllText(path));
        var derived = FormDerivation.Derive(imported.Facts, FormCatalog.Shipped.Forms.Single(f => f.Id == imported.FormId), imported.DocumentKind);
        var cells = 0;
        foreach (var table in printed.Tables)
        {
            foreach (var side in table.Sides)
            {
                var other = derived.Table(table.TableId)!.Side(side.SideId)!;
                foreach (var row in side.Rows)
                {
                    for (var i = 0; i < side.Columns.Count; i++, cells++)
                    {
                        (other.Cell(row.Id, side.Columns[i]) ?? 0m).ShouldBe(row.Cells[i] ?? 0m, $"{table.TableId}/{side.SideId}/{row.Id}/{side.Columns[i]}");
                    }
                }
            }
        }

        return cells;
    }
}
