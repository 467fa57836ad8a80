namespace BudgetSdk.Import.Files;

/// <summary>The text of a Docx file in one of the importer's formats (not written yet).</summary>
internal static class DocxText
{
    public static string Extract(Stream stream) => throw new DisclosureImportException("reading Docx files is not supported yet");
}
