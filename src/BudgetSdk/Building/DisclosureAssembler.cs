using BudgetSdk.Building.Derivation;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Building;

/// <summary>
/// Turns facts into a disclosure: select the template, run every rule, and only when no error remains derive the
/// tables. Shared by the builder and the JSON reader, so both check the same rules.
/// </summary>
internal static class DisclosureAssembler
{
    public static BuildResult Build(DisclosureFacts facts, BuildSettings settings)
    {
        DisclosureTemplate.TrySelect(settings.TemplateSets ?? Codes.LineSets.All, facts.Header.Year, facts.Header.RegionCode ?? string.Empty, out var template, out var missing);
        var context = new RuleContext(facts, template, missing);
        FactRuleChecks.Check(context);
        context.Add(SoftChecks.Check(new FactSoftCheckFigures(context)));

        var problems = context.Problems;
        var failing = problems.Any(p => p.Severity == Severity.Error || settings.WarningsAsErrors);
        if (failing || template is null)
        {
            return new BuildResult(null, problems);
        }

        var rounded = new RoundedFacts(facts, settings.Rounding);
        // The nine tables come from Hebei's form (rows, columns, titles and notes as data); the two schedules from here.
        var tables = new List<BudgetTable>(HebeiTableDerivation.Derive(facts, settings.Rounding))
        {
            ScheduleTables.Procurement(facts.Procurement, template, settings.Rounding),
        };
        if (facts.Assets is { } assets)
        {
            tables.Add(ScheduleTables.Assets(assets, settings.Rounding));
        }

        // Derivation makes the identities hold; checking them costs little and turns a derivation bug into a loud
        // failure rather than a published table that does not add up.
        var broken = TableChecks.Check(tables, template);
        if (broken.Count > 0)
        {
            throw new InvalidOperationException("BudgetSdk derived tables that break their own identities (a bug; please report it): " + string.Join("; ", broken));
        }

        var figures = NarrativeFigureDerivation.Derive(tables, rounded.ThreePublic, template, facts.PriorYear, settings.Rounding);
        return new BuildResult(new Disclosure(facts, template, settings, tables, figures, rounded.ProjectFunds, problems), problems);
    }
}
