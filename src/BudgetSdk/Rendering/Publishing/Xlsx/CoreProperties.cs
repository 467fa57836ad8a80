using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// docProps/core.xml written by hand: a title and a creator, and no dates, since a creation time would make each write
/// different bytes. (The package's own properties would take a part name from a new GUID each time.)
/// </summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public static void Add(SpreadsheetDocument document, string id, string title)
    {
        var part = document.AddNewPart<CoreFilePropertiesPart>(id);
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteElementString("dc", "title", Dc, title);
        xml.WriteElementString("dc", "creator", Dc, "BudgetSdk");
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
