namespace BudgetSdk.Rendering.Publishing;

/// <summary>Writes a disclosure as Html (not written yet).</summary>
internal static class HtmlPublisher
{
    public static void Write(Disclosure disclosure, Stream output) => throw new NotSupportedException("Html is not written yet");
}
