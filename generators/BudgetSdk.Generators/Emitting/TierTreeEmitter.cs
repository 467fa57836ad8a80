using BudgetSdk.Generators.Model;
using static BudgetSdk.Generators.Emitting.SourceWriter;

namespace BudgetSdk.Generators.Emitting;

/// <summary>
/// Emits one framework's tiers as nested static classes, <c>IndicatorTiers.Hebei2024.产出指标.数量指标</c>: a 二级
/// tier is reachable only through its own 一级 tier, so a wrong pair is a compile error (CS0117), not a runtime check.
/// </summary>
internal static class TierTreeEmitter
{
    private const string TierType = "global::BudgetSdk.Performance.IndicatorTier";

    /// <summary>The property of each 一级 class that holds the 一级 tier itself.</summary>
    private const string SelfMember = "Tier";

    public static string Emit(FrameworkUnit unit)
    {
        var w = new SourceWriter(unit.Namespace);
        var framework = $"{Xml(unit.Title)} (<c>{unit.Id}</c>)";
        var accessor = $"global::{unit.Namespace}.IndicatorFrameworks.{unit.TypeName}.Tier";
        w.Line("partial class IndicatorTiers");
        w.Open();
        w.Doc($"The tiers of {framework}, edition {unit.Edition}: one class per 一级 tier, holding that tier and its 二级 tiers.");
        w.Line($"public static class {unit.TypeName}");
        w.Open();

        // A nested type may not share its enclosing type's name (CS0542), nor may the 一级 class be named like its own Tier property.
        var firstNames = new HashSet<string>(StringComparer.Ordinal) { unit.TypeName, SelfMember };
        var first = true;
        foreach (var tier in unit.Tiers.Where(t => t.Level == 1))
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var className = Identifiers.ForTier(tier.Name, firstNames);
            var required = tier.Required ? "required: every project has indicators under it" : "optional";
            w.Doc($"一级 tier {Xml(tier.Name)} of {framework} and its 二级 tiers.");
            w.Line($"public static class {className}");
            w.Open();
            w.Doc($"{Xml(tier.Name)}: the 一级 tier itself ({required}).");
            w.Line($"public static {TierType} {SelfMember} {{ get; }} = {accessor}({Literal(tier.Name)}, null);");

            var secondNames = new HashSet<string>(StringComparer.Ordinal) { className, SelfMember };
            foreach (var child in unit.Tiers.Where(t => t.Parent == tier.Name))
            {
                w.Line();
                w.Doc($"{Xml(child.Name)}: 二级 tier under {Xml(tier.Name)} in {framework}.");
                w.Line($"public static {TierType} {Identifiers.ForTier(child.Name, secondNames)} {{ get; }} = {accessor}({Literal(tier.Name)}, {Literal(child.Name)});");
            }

            w.Close();
        }

        w.Close();
        w.Close();
        return w.Finish();
    }
}
