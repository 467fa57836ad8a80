using BudgetSdk.Building;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Reading;
using BudgetSdk.Forms.Writing;

namespace BudgetSdk.Tests.Forms.Deriving;

/// <summary>Derived documents written as layout text: deterministic, in the layout files' style, and read back equal.</summary>
public class LayoutRoundTripTests
{
    [Fact]
    public void Writing_is_deterministic_and_prints_every_amount_right_aligned_with_thousands_separators()
    {
        var text = LayoutWriter.Write(ShanghaiDerivationTests.Derive());

        text.ShouldBe(LayoutWriter.Write(ShanghaiDerivationTests.Derive()));
        text.ShouldContain("编制部门：上海市普陀区财政局");
        text.ShouldContain("201   06   01   行政运行");
        text.ShouldContain("16,231,840.80");
        text.Split('\f').Length.ShouldBe(9);

        // The split code header as the Shanghai documents print it: 科目编码 above, 科目名称 beside the labels, 类 款 项 under.
        text.ShouldContain("\n功能分类科目编码\n");
        text.ShouldContain("\n类     款    项\n");
        text.ShouldContain("\n经济分类科目编码\n");
        text.ShouldContain("\n类     款\n");
    }

    [Fact]
    public void The_finance_bureau_2025_built_in_shanghais_form_prints_and_reads_back_equal_cell_for_cell()
    {
        var result = PutuoFinance2025.Builder().BuildForm();

        result.Succeeded.ShouldBeTrue();
        var read = FormReader.Read(result.Layout());

        // Every header field, table, row id, label, cell and note, in the expected-cell lists' format.
        var derived = ExpectedCells.Render(result.Document);
        ExpectedCells.Render(read).ShouldBe(derived);
        derived.Count(l => !l.StartsWith("table", StringComparison.Ordinal) && !l.StartsWith("side", StringComparison.Ordinal)).ShouldBeGreaterThan(100);
        read.Form.ShouldBeSameAs(result.Document.Form);
        read.Tables.Select(t => t.Title).ShouldBe(result.Document.Tables.Select(t => t.Title));
    }

    [Fact]
    public void A_builder_whose_region_has_no_form_is_told_which_forms_there_are()
    {
        var builder = BudgetSdk.Building.DisclosureBuilder.For("510000", "001", "四川省财政厅", 2025);

        var e = Should.Throw<ArgumentException>(() => builder.BuildForm());

        e.Message.ShouldStartWith("no template for 四川省 2025 (the schema has: 河北省 2023–2024, 青龙满族自治县 2024, 望都县 2024, 上海市");
    }
}
