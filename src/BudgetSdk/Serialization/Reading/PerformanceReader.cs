using BudgetSdk.Codes;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;

namespace BudgetSdk.Serialization.Reading;

/// <summary>Reads 绩效目标: indicator grids (tiers looked up in the project's framework) and department-wide targets.</summary>
internal static class PerformanceReader
{
    private const string IndicatorProperties = "tier, name, description, value, basis";
    private const string TargetProperties = "overallGoal, subGoals, safeguards";
    private const string SubGoalProperties = "title, text, indicators";
    private const string InlineProperties = "name, value";
    private const string TierExpected = "a 二级 tier of the project's framework as \"一级/二级\", e.g. \"产出指标/数量指标\"";

    /// <summary>The framework of a project, by its schema id.</summary>
    public static IndicatorFramework Framework(ref JsonCursor c)
    {
        var known = string.Join(", ", IndicatorFrameworks.All.Select(f => f.Id));
        var id = c.String("the id of an indicator framework: one of " + known);
        return IndicatorFrameworks.All.FirstOrDefault(f => f.Id == id)
            ?? throw c.Error($"\"{id}\" is not an indicator framework of the schema", "one of " + known);
    }

    /// <summary>
    /// An indicator whose tier is resolved once the project's framework is known: the framework may come after the
    /// indicators, and a missing one is reported as missing rather than at the first indicator.
    /// </summary>
    public static PendingIndicator Indicator(ref JsonCursor c)
    {
        c.StartObject("an indicator: an object with " + IndicatorProperties);
        (string Text, string Path, long Offset)? tier = null;
        string? name = null, description = null, value = null, basis = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "tier": tier = (c.String(TierExpected), c.Path.ToString(), c.Offset); break;
                case "name": name = c.String(Expect.Text); break;
                case "description": description = c.String(Expect.Text); break;
                case "value": value = c.String(Expect.Text); break;
                case "basis": basis = c.String(Expect.Text); break;
                default: throw c.Unknown(property, IndicatorProperties);
            }
        }

        return new PendingIndicator(
            c.Required(tier, "tier", TierExpected),
            c.Required(name, "name", Expect.Text),
            c.Required(description, "description", Expect.Text),
            IndicatorValue.Parse(c.Required(value, "value", Expect.Text)),
            c.Required(basis, "basis", Expect.Text));
    }

    /// <summary>Files pending indicators under the 二级 tiers of a framework, reporting an unknown tier where it was read.</summary>
    public static IReadOnlyList<PerformanceIndicator> Resolve(ref JsonCursor c, IReadOnlyList<PendingIndicator> pending, IndicatorFramework framework)
    {
        var resolved = new PerformanceIndicator[pending.Count];
        for (var i = 0; i < pending.Count; i++)
        {
            var p = pending[i];
            var slash = p.Tier.Text.IndexOf('/', StringComparison.Ordinal);
            var tier = slash < 0 ? null : framework.FindSecond(p.Tier.Text[..slash], p.Tier.Text[(slash + 1)..]);
            resolved[i] = tier is null
                ? throw c.At(p.Tier.Path, p.Tier.Offset, $"\"{p.Tier.Text}\" is not a 二级 tier under its 一级 in {framework.Id}", TierExpected)
                : new PerformanceIndicator(tier, p.Name, p.Description, p.Value, p.Basis);
        }

        return resolved;
    }

    public static DepartmentTargets Targets(ref JsonCursor c)
    {
        c.StartObject("the department's targets: an object with " + TargetProperties);
        var targets = new DepartmentTargets();
        while (c.NextProperty(out var property))
        {
            targets = property switch
            {
                "overallGoal" => targets with { OverallGoal = c.NullableString(Expect.TextOrNull) },
                "subGoals" => targets with { SubGoals = c.Array("an array of sub-goals", SubGoal) },
                "safeguards" => targets with { Safeguards = c.Strings() },
                _ => throw c.Unknown(property, TargetProperties),
            };
        }

        return targets;
    }

    private static SubGoal SubGoal(ref JsonCursor c)
    {
        c.StartObject("a sub-goal: an object with " + SubGoalProperties);
        string? title = null, text = null;
        IReadOnlyList<InlineIndicator> indicators = [];
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "title": title = c.String(Expect.Text); break;
                case "text": text = c.String(Expect.Text); break;
                case "indicators": indicators = c.Array("an array of inline indicators", Inline); break;
                default: throw c.Unknown(property, SubGoalProperties);
            }
        }

        return new SubGoal(c.Required(title, "title", Expect.Text), c.Required(text, "text", Expect.Text), indicators);
    }

    private static InlineIndicator Inline(ref JsonCursor c)
    {
        c.StartObject("an inline indicator: an object with " + InlineProperties);
        string? name = null, value = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "name": name = c.String(Expect.Text); break;
                case "value": value = c.String(Expect.Text); break;
                default: throw c.Unknown(property, InlineProperties);
            }
        }

        return new InlineIndicator(c.Required(name, "name", Expect.Text), IndicatorValue.Parse(c.Required(value, "value", Expect.Text)));
    }
}

/// <summary>An indicator read before its tier can be looked up: the tier's text and where it was.</summary>
internal sealed record PendingIndicator((string Text, string Path, long Offset) Tier, string Name, string Description, IndicatorValue Value, string Basis);
