using System.Text.Json;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Writing;

/// <summary>
/// Writes the derived data — tables and warnings — for consumers that do not run BudgetSdk. A reader recomputes
/// them from the facts and rejects a document whose copy differs.
/// </summary>
internal static class DerivedWriter
{
    public static void Table(Utf8JsonWriter writer, BudgetTable table)
    {
        writer.WriteStartObject();
        writer.WriteEnum("id", JsonNames.Table, table.Id);
        writer.WriteString("title", table.Title);
        writer.WriteString("note", table.Note);
        writer.WriteStrings("columns", table.Columns);
        writer.WriteArray("rows", table.Rows, Row);
        writer.WriteEndObject();
    }

    public static void Warning(Utf8JsonWriter writer, Problem problem)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", problem.RuleId);
        writer.WriteEnum("severity", JsonNames.Severity, problem.Severity);
        writer.WriteString("location", problem.Location);
        writer.WriteString("message", problem.Message);
        writer.WriteString("expected", problem.Expected);
        writer.WriteString("actual", problem.Actual);
        writer.WriteEndObject();
    }

    private static void Row(Utf8JsonWriter writer, TableRow row)
    {
        writer.WriteStartObject();
        writer.WriteString("code", row.Code);
        writer.WriteString("label", row.Label);
        writer.WriteString("expenseLabel", row.ExpenseLabel);
        writer.WriteStrings("cells", row.Cells.Select(JsonAmounts.Wan));
        writer.WriteEndObject();
    }
}
