using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Resolving;

// Indicator frameworks: tiers are checked against their declared parents.
internal sealed partial class SchemaResolver
{
    private List<string> ResolveFrameworks(List<FrameworkModel> frameworks)
    {
        var typeNames = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
        {
            if (!ids.Add(framework.Id) || typeNames.Contains(framework.TypeName))
            {
                Report(SchemaDiagnostics.DuplicateDeclaration, framework.TypeNameSpan, "indicator framework", framework.Id + " / " + framework.TypeName);
                continue;
            }

            if (!CheckEdition(framework.Edition, framework.EditionSpan))
            {
                continue;
            }

            var firstTier = framework.Tiers.Where(t => t.Level == 1).Select(t => t.Name).ToList();
            var tiers = new List<ResolvedTier>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tier in framework.Tiers)
            {
                if (!seen.Add(tier.Name))
                {
                    Report(SchemaDiagnostics.DuplicateDeclaration, tier.NameSpan, "tier", tier.Name);
                    continue;
                }

                if (tier.Level == 2 && !firstTier.Contains(tier.Parent!))
                {
                    Report(SchemaDiagnostics.UnknownTierParent, tier.ParentSpan, tier.Name, tier.Parent!, "1", framework.Id, string.Join(", ", firstTier));
                    continue;
                }

                tiers.Add(new ResolvedTier(tier.Name, tier.Level, tier.Parent, tier.Required));
            }

            typeNames.Add(framework.TypeName);
            var unit = new FrameworkUnit(_namespace, framework.TypeName, framework.Id, framework.Edition, framework.Title, framework.Source, tiers.ToEquatableArray());
            _units.Add(unit);
            _units.Add(new TierTreeUnit(unit));
        }

        return typeNames;
    }
}
