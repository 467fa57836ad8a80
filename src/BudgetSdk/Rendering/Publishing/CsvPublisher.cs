using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Publishing;

/// <summary>Writes a table as CSV (not written yet).</summary>
internal static class CsvPublisher
{
    public static void Write(Disclosure disclosure, TableId table, Stream output) => throw new NotSupportedException("CSV is not written yet");
}
