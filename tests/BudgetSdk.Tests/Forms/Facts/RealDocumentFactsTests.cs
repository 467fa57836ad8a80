using BudgetSdk.Forms.Facts;
using BudgetSdk.Forms.Reading;

namespace BudgetSdk.Tests.Forms.Facts;

/// <summary>The ten Shanghai and Jiangsu documents: read by their form, their facts found, derived back, every printed cell compared.</summary>
public class RealDocumentFactsTests
{
    private static string Documents => Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents");

    public static TheoryData<string> Layouts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Documents, "*.layout.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file).Replace(".layout.txt", string.Empty, StringComparison.Ordinal));
        }

        return data;
    }

    /// <summary>The document a layout file prints, or null when the form reader refuses its text.</summary>
    internal static BudgetSdk.Forms.Printed.FormDocument? ReadOrNull(string file)
    {
        try
        {
            return FormReader.Read(File.ReadAllText(file));
        }
        catch (FormReadException)
        {
            return null;
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_document_read_by_its_form_gives_back_every_printed_cell_or_says_in_one_line_which_cells_disagree(string id)
    {
        var file = Directory.GetFiles(Documents, id + ".layout.txt", SearchOption.AllDirectories).Single();
        if (ReadOrNull(file) is not { } document)
        {
            return; // a text the reader refuses has no facts to state
        }

        var result = PrintedFormFacts.Reconstruct(document);

        if (result.Consistent)
        {
            result.Disagreement().ShouldBeNull();
            result.CellsCompared.ShouldBe(document.Tables.Sum(t => t.Sides.Sum(s => s.Rows.Count * s.Columns.Count)));
        }
        else
        {
            var line = result.Disagreement().ShouldNotBeNull();
            line.ShouldNotContain("\n");
            (result.UnreadTables.Count > 0 || result.Contradictions.Count > 0 || result.Differences.Count > 0).ShouldBeTrue(line);
        }
    }

    [Fact]
    public void The_finance_bureau_2025_states_one_set_of_facts_whose_derivation_gives_back_all_360_printed_cells()
    {
        var file = Path.Combine(Documents, "shanghai", "sh-putuo-finance-2025.layout.txt");
        var document = FormReader.Read(File.ReadAllText(file));

        var result = PrintedFormFacts.Reconstruct(document);

        // Its narrative's slips (887.36 for 87.36, 87.70 for 877,080 元) are the audit's findings, not cells.
        result.Consistent.ShouldBeTrue(result.Disagreement());
        result.CellsCompared.ShouldBe(360);
        result.Facts.Spending.Sum(s => s.Amount.Yuan).ShouldBe(31_214_205.80m);
        result.Facts.BasicExpenditures.Sum(b => b.Total.Yuan).ShouldBe(25_121_091.00m);
    }

    [Fact]
    public void A_document_without_one_of_its_forms_tables_is_not_consistent_and_names_the_table()
    {
        var file = Path.Combine(Documents, "shanghai", "sh-putuo-finance-2025.layout.txt");
        var document = FormReader.Read(File.ReadAllText(file));
        document = document with { Tables = document.Tables.Where(t => t.TableId != "t8").ToArray() };

        var result = PrintedFormFacts.Reconstruct(document);

        result.Consistent.ShouldBeFalse();
        result.Disagreement().ShouldBe("its facts cannot be stated: t8 (2025年部门一般公共预算基本支出部门预算经济分类预算表) is not in the document");
    }
}
