namespace BudgetSdk.Import.Files;

/// <summary>The text of a Xlsx file in one of the importer's formats (not written yet).</summary>
internal static class XlsxText
{
    public static string Extract(Stream stream) => throw new DisclosureImportException("reading Xlsx files is not supported yet");
}
