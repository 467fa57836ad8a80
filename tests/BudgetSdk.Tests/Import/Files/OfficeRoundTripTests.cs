using BudgetSdk.Import;
using BudgetSdk.Import.Files;
using BudgetSdk.Rendering;
using BudgetSdk.Samples;
using BudgetSdk.Tests.Disclosures;
using BudgetSdk.Tests.Rendering.RoundTrip;
using BudgetSdk.Tests.Serialization;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>
/// The acceptance of the DOCX and XLSX readers: a disclosure published as a Word document or an Excel workbook by
/// <see cref="DisclosurePublisher"/> reads back through <see cref="PublishedFiles.Read"/> equal to the model, table by
/// table and cell by cell, with its projects and (from the DOCX, which prints the explanatory part) its quoted figures.
/// </summary>
public class OfficeRoundTripTests
{
    public static TheoryData<string, PublishFormat> Cases()
    {
        var data = new TheoryData<string, PublishFormat>();
        foreach (var sample in Samples.Keys)
        {
            data.Add(sample, PublishFormat.Docx);
            data.Add(sample, PublishFormat.Xlsx);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Published_file_reads_back_as_the_model(string sample, PublishFormat format)
    {
        var disclosure = Samples[sample].Value;
        var read = PublishedFiles.Read(OfficeFiles.Published(disclosure, format));

        var differences = RoundTripCheck.Differences(disclosure, read, format == PublishFormat.Docx ? TextFormat.DocxCells : TextFormat.TabSeparated);

        (format == PublishFormat.Docx ? differences : OfficeFiles.InAWorkbook(differences)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PublishFormat.Docx, DocumentKind.Docx)]
    [InlineData(PublishFormat.Xlsx, DocumentKind.Xlsx)]
    public void A_published_file_is_told_from_its_bytes(PublishFormat format, DocumentKind kind)
        => PublishedFiles.Detect(OfficeFiles.Published(Samples["Lulong2024"].Value, format)).ShouldBe(kind);

    private static readonly Dictionary<string, Lazy<Disclosure>> Samples = new()
    {
        ["Lulong2024"] = new(() => Lulong2024.Facts().Build().GetOrThrow()),
        ["Qinglong2024"] = new(() => Qinglong2024.InYuan().Build().GetOrThrow()),
        ["SampleDisclosure"] = new(() => SampleDisclosure.Build()),
    };
}
