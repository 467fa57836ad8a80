using BudgetSdk.Import;
using BudgetSdk.Import.Files;
using BudgetSdk.Rendering;
using BudgetSdk.Samples;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>
/// Word documents and workbooks that hold no disclosure, and broken packages: each is one line of
/// <see cref="DisclosureImportException"/> saying what is wrong, never the Open XML SDK's exception.
/// </summary>
public class OfficeBadInputTests
{
    [Fact]
    public void A_docx_with_only_paragraphs_is_one_line()
    {
        var stream = new MemoryStream(UnreadableFiles.DocxWithoutTables());

        PublishedFiles.Detect(stream).ShouldBe(DocumentKind.Docx);
        OneLine(stream).ShouldStartWith("the DOCX has no tables: 2 paragraphs");
    }

    [Fact]
    public void A_workbook_of_another_kind_is_one_line()
    {
        var stream = new MemoryStream(UnreadableFiles.WorkbookOfAnotherKind());

        PublishedFiles.Detect(stream).ShouldBe(DocumentKind.Xlsx);
        OneLine(stream).ShouldBe("the workbook holds no disclosure table (1 sheet: Sheet1; none has a title naming a 预算 table)");
    }

    [Theory]
    [InlineData(PublishFormat.Docx)]
    [InlineData(PublishFormat.Xlsx)]
    public void A_truncated_package_is_one_line(PublishFormat format)
    {
        var whole = OfficeFiles.Published(Lulong2024.Facts().Build().GetOrThrow(), format).ToArray();
        var cut = new MemoryStream(whole[..(whole.Length / 2)]);

        OneLine(cut).ShouldStartWith("the file is a broken ZIP package");
    }

    [Theory]
    [InlineData(PublishFormat.Docx, "word/document.xml", "DOCX")]
    [InlineData(PublishFormat.Xlsx, "xl/worksheets/sheet1.xml", "XLSX")]
    public void A_package_with_a_broken_part_is_one_line(PublishFormat format, string part, string kind)
    {
        var stream = OfficeFiles.Published(Lulong2024.Facts().Build().GetOrThrow(), format);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            using var writer = new StreamWriter(entry.Open());
            writer.BaseStream.SetLength(0);
            writer.Write("<not xml");
        }

        stream.Position = 0;
        OneLine(stream).ShouldStartWith($"the {kind} cannot be opened");
    }

    private static string OneLine(Stream stream)
    {
        var e = Should.Throw<DisclosureImportException>(() => PublishedFiles.Read(stream));
        e.Message.ShouldNotContain('\n');
        return e.Message;
    }
}
