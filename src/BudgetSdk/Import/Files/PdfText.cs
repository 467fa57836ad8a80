namespace BudgetSdk.Import.Files;

/// <summary>The text of a Pdf file in one of the importer's formats (not written yet).</summary>
internal static class PdfText
{
    public static string Extract(Stream stream) => throw new DisclosureImportException("reading Pdf files is not supported yet");
}
