using BudgetSdk.Rendering;
using BudgetSdk.Tables;
using BudgetSdk.Testing;

namespace BudgetSdk.Tests.Rendering.Publishing;

/// <summary>
/// Seed 000's nine tables as CSV and the whole document as Markdown, against approved files in Golden/: any change to
/// what the text formats publish shows up as a reviewed diff (BUDGETSDK_ACCEPT=1 accepts it; CI only compares).
/// </summary>
public class GoldenTextTests
{
    private static readonly string Folder = Path.Combine("tests", "BudgetSdk.Tests", "Rendering", "Publishing", "Golden");

    public static TheoryData<TableId> NineTables() => new(Enum.GetValues<TableId>().Where(t => t <= TableId.T9));

    [Theory]
    [MemberData(nameof(NineTables))]
    public void Each_table_of_seed_000_as_csv_matches_its_approved_file(TableId table)
        => Approvals.Verify(Folder, Path.GetFileNameWithoutExtension(DisclosurePublisher.CsvFileName(Published.Lulong.Value, table)), "csv", Published.Csv(table));

    [Fact]
    public void Seed_000_as_markdown_matches_its_approved_file()
        => Approvals.Verify(Folder, "lulong-2024", "md", Published.Markdown());
}
