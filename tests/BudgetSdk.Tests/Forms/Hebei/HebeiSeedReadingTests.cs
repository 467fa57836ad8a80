using BudgetSdk.Forms.Reading;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Tests.Import.Seeds;

namespace BudgetSdk.Tests.Forms.Hebei;

/// <summary>
/// The form reader, driven by Hebei's form file, reads each seed's own text (tab-separated, in three styles) into the cells
/// Hebei's importer (<c>DisclosureImporter</c>) reads for the nine tables: the 序号 column is not an amount, the 栏次 line and
/// the page headers repeated on every page are not rows, and cells are taken by tab.
/// </summary>
public class HebeiSeedReadingTests
{
    [Theory]
    [InlineData("000", "hebei-2024", 709)]
    [InlineData("002", "hebei-2024-qinglong", 706)]
    public void The_form_reader_reads_a_seed_cell_for_cell_as_the_Hebei_importer_does(string seed, string form, int compared)
    {
        var read = FormReader.Read(File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf(seed)));

        var (differences, cells) = HebeiCells.Compare(id => SeedDisclosures.Table(seed, id).ToBudgetTable(), read, notes: false);

        read.Form.Id.ShouldBe(form);
        differences.ShouldBeEmpty();
        cells.ShouldBe(compared);
    }

    [Theory]
    [InlineData("hebei-2024")]
    [InlineData("hebei-2023")]
    [InlineData("hebei-2024-qinglong")]
    [InlineData("hebei-2024-wangdu")]
    public void Hebeis_forms_say_their_tables_number_rows_by_序号_and_columns_by_栏次(string id)
    {
        var header = FormCatalog.Shipped.Forms.Single(f => f.Id == id).Header;

        header.Serial.ShouldBe(["序号"]);
        header.ColumnNumbers.ShouldBe(["栏次"]);
    }
}
