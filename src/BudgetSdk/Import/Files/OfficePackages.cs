using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace BudgetSdk.Import.Files;

/// <summary>Opens an Open XML package read-only; a broken or truncated one is one line, never the SDK's exception.</summary>
internal static class OfficePackages
{
    public static T Open<T>(Func<T> open, string kind)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new DisclosureImportException($"the {kind} cannot be opened: a broken or truncated package ({FirstLine(e.Message)})", e);
        }
    }

    /// <summary>Reads a part of an open package; a part that fails to parse is the same one line as a broken package.</summary>
    public static T Read<T>(Func<T> read, string kind) => Open(read, kind);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
