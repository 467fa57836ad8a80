using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Rendering.Publishing.Docx;

/// <summary>
/// The package's parts under fixed relationship ids (the SDK would draw random ones): the main document, its styles
/// and settings, and core properties whose only dates are the budget year's first day, so that the same disclosure
/// gives the same bytes.
/// </summary>
internal static class DocxPackage
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Writes the package (entries still stamped with the clock; see <see cref="FixedZip"/>).</summary>
    public static void Write(Stream output, Body body, string title, int year)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = DocxStyles.Create();
        main.AddNewPart<DocumentSettingsPart>("rId2").Settings = Settings();
        var core = document.AddNewPart<CoreFilePropertiesPart>("rId2");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(CoreProperties(title, year)));
        core.FeedData(stream);
    }

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 420 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });

    private static string CoreProperties(string title, int year)
    {
        var date = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{System.Security.SecurityElement.Escape(title)}</dc:title><dc:language>zh-CN</dc:language>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>"
            + "</cp:coreProperties>";
    }
}
