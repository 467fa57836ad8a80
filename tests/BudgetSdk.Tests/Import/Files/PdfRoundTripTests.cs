using BudgetSdk.Import;
using BudgetSdk.Import.Files;
using BudgetSdk.Rendering;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;
using BudgetSdk.Tests.Serialization;
using BudgetSdk.Tests.Rendering.Publishing.Html;
using BudgetSdk.Tests.Rendering.RoundTrip;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>Our own printed PDF (Chromium) read back through PdfPig and compared with the model, cell by cell.</summary>
public sealed class PdfRoundTripTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();
    private static readonly Lazy<byte[]> Printed = new(Print);

    [ChromiumFact]
    public void The_printed_sample_is_tab_separated_text_with_the_header_of_the_model()
    {
        var read = PublishedFiles.Read(new MemoryStream(Printed.Value));

        read.Format.ShouldBe(TextFormat.TabSeparated);
        read.Header.ShouldBe(Lulong.Header with { RegionCode = read.Header.RegionCode });
    }

    [ChromiumFact]
    public void The_nine_tables_of_the_printed_sample_read_back_equal_to_the_model_cell_by_cell()
    {
        var read = PublishedFiles.Read(new MemoryStream(Printed.Value));

        var differences = Lulong.Tables.Where(t => t.Id <= TableId.T9)
            .SelectMany(t => PrintedTableDifferences.Of(t, read.Table(t.Id), []));

        differences.ShouldBeEmpty();
    }

    [ChromiumFact]
    public void The_projects_of_the_printed_sample_read_back_with_their_wrapped_codes_names_and_amounts()
    {
        var read = PublishedFiles.Read(new MemoryStream(Printed.Value));

        // 项目编码 wraps over two lines in its cell and 预算规模及资金用途 spans two rows: both are joined back.
        var printed = read.Projects.Select(p => (p.Code, p.Name, p.Budget)).ToList();
        var stated = Lulong.Facts.Projects.Select(p => ((string?)p.Code, p.Name, (decimal?)p.Budget.Wan)).ToList();
        printed.ShouldBe(stated);
    }

    [ChromiumTheory]
    [InlineData("Lulong2024")]
    [InlineData("Qinglong2024")]
    [InlineData("SampleDisclosure")]
    public void A_printed_disclosure_reads_back_as_the_model(string sample)
    {
        // The whole model, as the DOCX round trip compares it: tables, projects with their indicators (a 一级指标 printed
        // in the middle of the rows it spans), the wrapped cells of a spanning 资金用途 and the quoted figures of prose
        // wrapped before a number.
        var disclosure = sample switch
        {
            "Lulong2024" => Lulong,
            "Qinglong2024" => Qinglong2024.InYuan().Build().GetOrThrow(),
            _ => SampleDisclosure.Build(),
        };
        using var pdf = new MemoryStream();
        DisclosurePublisher.Write(disclosure, PublishFormat.Pdf, pdf);

        var read = PublishedFiles.Read(new MemoryStream(pdf.ToArray()));

        RoundTripCheck.Differences(disclosure, read, TextFormat.TabSeparated).ShouldBeEmpty();
    }

    private static byte[] Print()
    {
        using var pdf = new MemoryStream();
        DisclosurePublisher.Write(Lulong, PublishFormat.Pdf, pdf);
        if (Environment.GetEnvironmentVariable("BUDGETSDK_TEST_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllBytes(Path.Combine(keep, "printed.pdf"), pdf.ToArray());
            File.WriteAllText(Path.Combine(keep, "printed.txt"), PdfText.Extract(new MemoryStream(pdf.ToArray())));
            File.WriteAllText(Path.Combine(keep, "model.txt"), DisclosureTextWriter.Write(Lulong, TextFormat.TabSeparated));
        }

        return pdf.ToArray();
    }
}
