using System.Text.Json;
using BudgetSdk.Performance;

namespace BudgetSdk.Serialization.Writing;

/// <summary>
/// Writes 绩效目标: a project's indicator grid and the department-wide targets. An indicator's value is written as
/// printed (its raw text), because parsing is a reading of the text, and the tier as <c>一级/二级</c> names of the
/// framework the project names.
/// </summary>
internal static class PerformanceWriter
{
    public static void Indicator(Utf8JsonWriter writer, PerformanceIndicator indicator)
    {
        writer.WriteStartObject();
        writer.WriteString("tier", indicator.Tier.Parent + "/" + indicator.Tier.Name);
        writer.WriteString("name", indicator.Name);
        writer.WriteString("description", indicator.Description);
        writer.WriteString("value", indicator.Value.Raw);
        writer.WriteString("basis", indicator.Basis);
        writer.WriteEndObject();
    }

    public static void Targets(Utf8JsonWriter writer, DepartmentTargets targets)
    {
        writer.WriteStartObject();
        writer.WriteString("overallGoal", targets.OverallGoal);
        writer.WriteArray("subGoals", targets.SubGoals, SubGoal);
        writer.WriteStrings("safeguards", targets.Safeguards);
        writer.WriteEndObject();
    }

    private static void SubGoal(Utf8JsonWriter writer, SubGoal goal)
    {
        writer.WriteStartObject();
        writer.WriteString("title", goal.Title);
        writer.WriteString("text", goal.Text);
        writer.WriteArray("indicators", goal.Indicators, static (w, i) =>
        {
            w.WriteStartObject();
            w.WriteString("name", i.Name);
            w.WriteString("value", i.Value.Raw);
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }
}
