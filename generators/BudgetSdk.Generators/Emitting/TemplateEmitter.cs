using BudgetSdk.Generators.Model;
using static BudgetSdk.Generators.Emitting.SourceWriter;

namespace BudgetSdk.Generators.Emitting;

/// <summary>Emits indicator frameworks, table line sets, and the directory that lists them.</summary>
internal static class TemplateEmitter
{
    public static string EmitFramework(FrameworkUnit unit)
    {
        var w = new SourceWriter(unit.Namespace);
        w.Line("partial class IndicatorFrameworks");
        w.Open();
        var tiers = string.Join("; ", unit.Tiers.Where(t => t.Level == 1).Select(t =>
            $"{t.Name}{(t.Required ? string.Empty : " (optional)")}: {string.Join("、", unit.Tiers.Where(c => c.Parent == t.Name).Select(c => c.Name))}"));
        w.Doc($"{Xml(unit.Title)} (<c>{unit.Id}</c>, edition {unit.Edition}).", Xml(tiers) + (unit.Source is null ? string.Empty : ". Source: " + Xml(unit.Source)));
        w.Line($"public static global::BudgetSdk.Performance.IndicatorFramework {unit.TypeName} {{ get; }} = new(");
        w.Line($"    {Literal(unit.Id)}, {unit.Edition}, {Literal(unit.Title)}, {Literal(unit.Source)},");
        w.Line("    new (string Name, int Level, string? Parent, bool Required)[]");
        w.Line("    {");
        foreach (var tier in unit.Tiers)
        {
            w.Line($"        ({Literal(tier.Name)}, {tier.Level}, {Literal(tier.Parent)}, {(tier.Required ? "true" : "false")}),");
        }

        w.Line("    });");
        w.Close();
        return w.Finish();
    }

    public static string EmitLineSet(LineSetUnit unit)
    {
        var w = new SourceWriter(unit.Namespace);
        w.Line("partial class LineSets");
        w.Open();
        var region = unit.Region is null ? "national" : "region " + unit.Region;
        w.Doc($"{Xml(unit.Title)} (<c>{unit.Id}</c>, edition {unit.Edition}, {region}): {unit.Lines.Count} lines.", unit.Notes is null ? null : Xml(unit.Notes));
        w.Line($"public static global::BudgetSdk.Templates.TemplateLineSet {unit.MemberName} {{ get; }} = new(");
        w.Line($"    {Literal(unit.Id)}, {unit.Edition}, {Literal(unit.Region)}, {Literal(unit.Title)},");
        w.Line("    new (string Label, string? FunctionalClass, string[]? Keys, string? Text, string? Notes)[]");
        w.Line("    {");
        foreach (var line in unit.Lines)
        {
            // No keys is null rather than an empty array: most lines have none, and the runtime treats both alike.
            var keys = line.Keys.Count == 0 ? "null" : Array(line.Keys);
            w.Line($"        ({Literal(line.Label)}, {Literal(line.FunctionalClass)}, {keys}, {Literal(line.Text)}, {Literal(line.Notes)}),");
        }

        if (unit.Notes is null)
        {
            w.Line("    });");
        }
        else
        {
            w.Line("    },");
            w.Line($"    notes: {Literal(unit.Notes)});");
        }

        w.Close();
        return w.Finish();
    }

    public static string EmitForms(FormSourcesUnit unit)
    {
        var w = new SourceWriter(unit.Namespace);
        w.Doc(
            "The regions' forms (表样) of the schema as the text of their files (<c>kind: form</c>), parsed and checked at run time",
            "by <c>BudgetSdk.Forms.Schema.FormParser</c>; see docs/templates.md.");
        w.Line("public static partial class FormSources");
        w.Open();
        w.Doc("Every form file: its file name and text, in path order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>> All { get; } = new global::System.Collections.Generic.KeyValuePair<string, string>[]");
        w.Line("{");
        foreach (var form in unit.Forms)
        {
            w.Line($"    new({Literal(form.FileName)}, {Literal(form.Text)}),");
        }

        w.Line("};");
        w.Close();
        return w.Finish();
    }

    public static string EmitDirectory(DirectoryUnit unit)
    {
        var w = new SourceWriter(unit.Namespace);
        w.Doc("The performance-indicator frameworks (绩效指标体系) of the schema.");
        w.Line("public static partial class IndicatorFrameworks");
        w.Open();
        w.Doc("Every framework, in schema order.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::BudgetSdk.Performance.IndicatorFramework> All => new global::BudgetSdk.Performance.IndicatorFramework[] {{ {string.Join(", ", unit.FrameworkTypeNames)} }};");
        w.Close();
        w.Line();
        w.Doc(
            "The tiers of each framework as typed members, e.g. <c>IndicatorTiers.Hebei2024.产出指标.数量指标</c>.",
            "A 二级 tier is a member of its 一级 tier only, so filing it under the wrong 一级 does not compile.");
        w.Line("public static partial class IndicatorTiers");
        w.Open();
        w.Close();
        w.Line();
        w.Doc("The fixed line sets of table templates (表样) in the schema.");
        w.Line("public static partial class LineSets");
        w.Open();
        w.Doc("Every line set, in schema order.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::BudgetSdk.Templates.TemplateLineSet> All => new global::BudgetSdk.Templates.TemplateLineSet[] {{ {string.Join(", ", unit.LineSetMemberNames)} }};");
        w.Close();
        return w.Finish();
    }
}
