using System.Text.Json;
using BudgetSdk.Facts;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Writing;

/// <summary>Writes projects (with their plans and goals) and 政府采购 rows.</summary>
internal static class ProjectsWriter
{
    public static void Project(Utf8JsonWriter writer, Project project)
    {
        writer.WriteStartObject();
        writer.WriteString("code", project.Code);
        writer.WriteString("name", project.Name);
        writer.WriteMoney("fiscalFunds", project.FiscalFunds);
        writer.WriteMoney("otherFunds", project.OtherFunds);
        writer.WriteString("purpose", project.Purpose);
        writer.WriteString("functionalCode", project.FunctionalCode?.Code);
        writer.WriteNullable("plan", project.Plan, Plan);
        writer.WriteStrings("goals", project.Goals);
        writer.WriteString("mediumTermGoal", project.MediumTermGoal);
        writer.WriteString("framework", project.Framework?.Id);
        writer.WriteArray("indicators", project.Indicators, PerformanceWriter.Indicator);
        writer.WriteEndObject();
    }

    public static void Procurement(Utf8JsonWriter writer, ProcurementLine line)
    {
        writer.WriteStartObject();
        writer.WriteString("unitName", line.UnitName);
        writer.WriteString("projectName", line.ProjectName);
        writer.WriteMoney("projectBudget", line.ProjectBudget);
        writer.WriteString("itemName", line.ItemName);
        writer.WriteString("catalogueCode", line.CatalogueCode);
        writer.WriteString("measureUnit", line.MeasureUnit);
        writer.WritePlain("quantity", line.Quantity);
        writer.WriteMoney("unitPrice", line.UnitPrice);
        writer.WriteArray("amounts", line.Amounts, Amount);
        writer.WriteMoney("smeReserved", line.SmeReserved);
        writer.WriteEndObject();
    }

    private static void Plan(Utf8JsonWriter writer, SpendingPlan plan)
    {
        writer.WriteStartObject();
        writer.WritePlain("march", plan.March);
        writer.WritePlain("june", plan.June);
        writer.WritePlain("october", plan.October);
        writer.WritePlain("december", plan.December);
        writer.WriteEndObject();
    }

    private static void Amount(Utf8JsonWriter writer, ProcurementAmount amount)
    {
        writer.WriteStartObject();
        writer.WriteEnum("source", JsonNames.Source, amount.Source);
        writer.WriteMoney("amount", amount.Amount);
        writer.WriteBoolean("carriedOver", amount.CarriedOver);
        writer.WriteEndObject();
    }
}
