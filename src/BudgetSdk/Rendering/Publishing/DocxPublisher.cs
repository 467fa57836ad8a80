namespace BudgetSdk.Rendering.Publishing;

/// <summary>Writes a disclosure as Docx (not written yet).</summary>
internal static class DocxPublisher
{
    public static void Write(Disclosure disclosure, Stream output) => throw new NotSupportedException("Docx is not written yet");
}
