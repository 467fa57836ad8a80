namespace BudgetSdk.Rendering.Publishing;

/// <summary>Writes a disclosure as Xlsx (not written yet).</summary>
internal static class XlsxPublisher
{
    public static void Write(Disclosure disclosure, Stream output) => throw new NotSupportedException("Xlsx is not written yet");
}
