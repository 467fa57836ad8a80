using System.Text.Json;
using BudgetSdk.Import;

namespace BudgetSdk.Serialization.Writing;

/// <summary>Writes what a published document prints, in a fixed order (docs/json-format.md, "Published documents").</summary>
internal static class PublishedWriter
{
    public static void Write(Utf8JsonWriter writer, PublishedDisclosure document)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "publishedDisclosure");
        writer.WriteNumber("formatVersion", PublishedJson.FormatVersion);
        writer.WriteString("textFormat", document.Format switch
        {
            TextFormat.TabSeparated => "tabSeparated",
            TextFormat.SpaceSeparated => "spaceSeparated",
            _ => "docxCells",
        });
        writer.WritePropertyName("header");
        FactsWriter.Header(writer, document.Header);
        writer.WriteArray("units", document.Units, FactsWriter.Unit);
        writer.WriteArray("tables", document.Tables, Table);
        writer.WriteArray("quotedAmounts", document.QuotedAmounts, Quoted);
        writer.WriteArray("changeStatements", document.ChangeStatements, Change);
        writer.WriteArray("projects", document.Projects, Project);
        ProjectList(writer, document.ProjectList);
        writer.WriteEndObject();
    }

    // The projects section 二 lists with amounts (the 2023 form's only amounts when its tables print none), or null.
    private static void ProjectList(Utf8JsonWriter writer, PrintedProjectList? list)
    {
        writer.WritePropertyName("projectList");
        if (list is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        Amount(writer, "total", list.Total);
        writer.WriteBoolean("complete", list.Complete);
        writer.WriteArray("items", list.Items, static (w, item) =>
        {
            w.WriteStartObject();
            w.WriteString("name", item.Name);
            w.WriteString("amount", item.AmountText);
            w.WriteNumber("line", item.Line);
            w.WriteEndObject();
        });
        writer.WriteString("sentence", list.Sentence);
        writer.WriteNumber("line", list.Line);
        writer.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter writer, PrintedTable table)
    {
        writer.WriteStartObject();
        writer.WriteString("id", table.Id.ToString().ToLowerInvariant());
        writer.WriteString("title", table.Title);
        writer.WriteNumber("line", table.Line);
        writer.WriteStrings("columns", table.Columns);
        writer.WriteArray("rows", table.Rows, static (w, row) =>
        {
            w.WriteStartObject();
            w.WriteString("code", row.Code);
            w.WriteString("label", row.Label);
            w.WriteString("expenseLabel", row.ExpenseLabel);
            w.WriteArray("cells", row.Cells, AmountValue);
            w.WriteNumber("line", row.Line);
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }

    private static void Quoted(Utf8JsonWriter writer, QuotedAmount quoted)
    {
        writer.WriteStartObject();
        writer.WriteNumber("section", quoted.Section);
        writer.WriteString("subject", quoted.Subject);
        writer.WriteString("amount", JsonAmounts.Wan(quoted.Amount));
        writer.WriteString("sentence", quoted.Sentence);
        writer.WriteNumber("line", quoted.Line);
        writer.WriteEndObject();
    }

    private static void Change(Utf8JsonWriter writer, ChangeStatement change)
    {
        writer.WriteStartObject();
        writer.WriteNumber("section", change.Section);
        writer.WriteString("subject", change.Subject);
        writer.WriteString("direction", change.Direction switch
        {
            ChangeDirection.Increase => "increase",
            ChangeDirection.Decrease => "decrease",
            ChangeDirection.Unchanged => "unchanged",
            _ => "unstated",
        });
        writer.WriteString("printed", change.Printed);
        Amount(writer, "amount", change.Amount);
        writer.WriteString("percent", change.Percent?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Amount(writer, "current", change.Current);
        Amount(writer, "lastYear", change.LastYear);
        writer.WriteString("reason", change.Reason);
        writer.WriteString("sentence", change.Sentence);
        writer.WriteNumber("line", change.Line);
        writer.WriteEndObject();
    }

    private static void Project(Utf8JsonWriter writer, PrintedProject project)
    {
        writer.WriteStartObject();
        writer.WriteString("code", project.Code);
        writer.WriteString("name", project.Name);
        Amount(writer, "budget", project.Budget);
        Amount(writer, "fiscalFunds", project.FiscalFunds);
        Amount(writer, "otherFunds", project.OtherFunds);
        writer.WriteString("purpose", project.Purpose);
        writer.WriteString("planHeader", project.PlanHeader);
        writer.WriteArray("planCells", project.PlanCells, static (w, cell) => w.WriteStringValue(cell));
        writer.WriteStrings("goals", project.Goals);
        writer.WriteString("longTermGoal", project.LongTermGoal);
        writer.WriteArray("indicators", project.Indicators, static (w, i) =>
        {
            w.WriteStartObject();
            w.WriteString("firstTier", i.FirstTier);
            w.WriteString("secondTier", i.SecondTier);
            w.WriteString("name", i.Name);
            w.WriteString("description", i.Description);
            w.WriteString("value", i.Value);
            w.WriteString("basis", i.Basis);
            w.WriteNumber("line", i.Line);
            w.WriteEndObject();
        });
        writer.WriteNumber("line", project.Line);
        writer.WriteEndObject();
    }

    private static void Amount(Utf8JsonWriter writer, string name, decimal? amount)
    {
        writer.WritePropertyName(name);
        AmountValue(writer, amount);
    }

    /// <summary>A printed amount as a string, or <c>null</c> for a blank: never a zero in its place.</summary>
    private static void AmountValue(Utf8JsonWriter writer, decimal? amount)
    {
        if (amount is decimal value)
        {
            writer.WriteStringValue(JsonAmounts.Wan(value));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
