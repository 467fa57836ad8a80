namespace BudgetSdk.Rendering.Publishing;

/// <summary>Writes a disclosure as Markdown (not written yet).</summary>
internal static class MarkdownPublisher
{
    public static void Write(Disclosure disclosure, Stream output) => throw new NotSupportedException("Markdown is not written yet");
}
