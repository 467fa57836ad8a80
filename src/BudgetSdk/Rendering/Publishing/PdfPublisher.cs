namespace BudgetSdk.Rendering.Publishing;

/// <summary>Writes a disclosure as Pdf (not written yet).</summary>
internal static class PdfPublisher
{
    public static void Write(Disclosure disclosure, Stream output) => throw new NotSupportedException("Pdf is not written yet");
}
