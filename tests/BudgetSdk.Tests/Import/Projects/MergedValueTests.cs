using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Tests.Audit;

namespace BudgetSdk.Tests.Import.Projects;

/// <summary>
/// Seed 002 (DOCX text, one cell per line) with one real indicator row mutated the way converters merge cells: the
/// 指标值 113个 of 更换中华灯PE圆球罩数量 moved into the cell before it as a second line, the value cell left empty.
/// </summary>
public class MergedValueTests
{
    private const string Name = "更换中华灯PE圆球罩数量";
    private const string Value = "113个";

    [Fact]
    public void A_value_merged_into_the_name_cell_is_recovered_and_audits_as_the_seed()
    {
        var document = Read(Mutated(nameCellLine: Value, valueCell: string.Empty));

        var (indicator, _) = Find(document);
        indicator.Name.ShouldBe(Name);
        indicator.Description.ShouldBe(Name);
        indicator.Value.ShouldBe(Value);
        Auditor.Audit(document).Findings.Select(f => f.Brief()).ShouldBe(SeedFindings.Expected["002"]);
    }

    [Fact]
    public void A_value_merged_into_the_description_cell_is_recovered()
    {
        var document = Read(Mutated(descriptionCellLine: Value, valueCell: string.Empty));

        var (indicator, _) = Find(document);
        (indicator.Name, indicator.Description, indicator.Value).ShouldBe((Name, Name, Value));
        Auditor.Audit(document).Findings.ShouldNotContain(f => f.Rule == "BDR0804");
    }

    [Fact]
    public void A_name_with_a_number_on_its_second_line_stays_as_printed_when_the_value_cell_is_filled()
    {
        var document = Read(Mutated(nameCellLine: "2组", valueCell: Value));

        var (indicator, _) = Find(document, Name + "2组");
        indicator.Value.ShouldBe(Value);
    }

    [Fact]
    public void A_second_line_that_is_no_value_with_a_unit_stays_in_the_name_and_the_empty_value_is_reported()
    {
        var document = Read(Mutated(nameCellLine: "2024", valueCell: string.Empty));

        var (indicator, location) = Find(document, Name + "2024");
        indicator.Value.ShouldBeEmpty();
        Auditor.Audit(document).Findings.ShouldContain(f => f.Rule == "BDR0804" && f.Location == location);
    }

    private static PublishedDisclosure Read(string text) => DisclosureImporter.Read(text);

    private static (PrintedIndicator Indicator, string Location) Find(PublishedDisclosure document, string name = Name)
    {
        var projects = document.Projects;
        for (var p = 0; p < projects.Count; p++)
        {
            var k = projects[p].Indicators.ToList().FindIndex(i => i.Name == name);
            if (k >= 0)
            {
                return (projects[p].Indicators[k], $"projects[{p}].indicators[{k}].value");
            }
        }

        throw new InvalidOperationException($"no indicator {name}");
    }

    /// <summary>Seed 002 with a line added to the name or description cell of the indicator and its value cell replaced.</summary>
    private static string Mutated(string valueCell, string? nameCellLine = null, string? descriptionCellLine = null)
    {
        var lines = BudgetSdk.Tests.Seeds.ReadLines("002").ToList();
        var name = lines.IndexOf("\t" + Name);
        name.ShouldBeGreaterThan(0);
        lines[name + 1].ShouldBe("\t" + Name);
        lines[name + 2].ShouldBe("\t" + Value);

        lines[name + 2] = "\t" + valueCell;
        if (descriptionCellLine is not null)
        {
            lines.Insert(name + 2, descriptionCellLine);
        }

        if (nameCellLine is not null)
        {
            lines.Insert(name + 1, nameCellLine);
        }

        return string.Join('\n', lines);
    }
}
