namespace BudgetSdk.Cli.Batch;

/// <summary>A reason on one line, as a summary lists it, whatever line breaks a reader's message holds.</summary>
internal static class OneLine
{
    public static string Of(string text) => string.Join(' ', text.Split('\r', '\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
