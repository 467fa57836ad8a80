using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Import.Structure;
using BudgetSdk.Rules;
using BudgetSdk.Tables;

namespace BudgetSdk.Audit;

/// <summary>
/// The facts a published disclosure states, for building it anew (<see cref="Build"/>): the
/// leaf rows of T2/T3/T5/T7/T8 as <see cref="Spending"/>, T6's 款 as <see cref="BasicExpenditure"/>, T9's detail
/// rows as <see cref="ThreePublicExpense"/>, the projects, the purchases and the assets. Every total is left out —
/// the builder derives it — so a blank or wrong printed total is no fact: it shows in <see cref="Auditor.Audit"/>
/// and disappears from the rebuilt disclosure. Wrong detail rows do not disappear: the builder's rules reject them.
/// </summary>
public static class PublishedFacts
{
    /// <summary>The facts of a published disclosure. Last year's figures come from the 比上年 statements of sections
    /// 二–四 (<see cref="PublishedDisclosure.ChangeStatements"/>), so the rebuilt disclosure restates their 比上年增减;
    /// the rest of the narrative is not read.</summary>
    /// <param name="document">The document as <see cref="DisclosureImporter"/> read it.</param>
    /// <exception cref="DisclosureValidationException">
    /// The document cannot be stated as facts: the schema has no template or code lists for its year and region, a
    /// printed code is not in them, or a 项目绩效目标表 prints no amount and section 二 lists none for it (BDR0202 at
    /// <c>projects[i].budget</c>).
    /// </exception>
    public static DisclosureFacts ToFacts(PublishedDisclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var header = document.Header;
        var template = TemplateChoice.Select(header.Year, header.RegionCode);
        if (template is null || !FunctionalCode.TryGetEdition(header.Year, out var functional) || !DepartmentEconomicCode.TryGetEdition(header.Year, out var economic))
        {
            var rule = RuleCatalog.Template;
            throw new DisclosureValidationException(new[]
            {
                new Problem(rule.Id, rule.Severity, "header", $"the schema has no code lists or template for {header.Year} and region '{header.RegionCode}'", "a template and code lists"),
            });
        }

        var problems = new List<Problem>();
        var facts = new DisclosureFacts
        {
            Header = header,
            Edition = header.Year,
            Units = document.Units,
            Spending = SpendingFacts.From(document, template, functional, problems),
            BasicExpenditures = TableFacts.Basic(document, economic, problems),
            ThreePublic = TableFacts.ThreePublic(document, template),
            Projects = ProjectFacts.Of(document),
            Procurement = ScheduleFacts.ProcurementOf(ProcurementSchedule.Of(document), template),
            Assets = ScheduleFacts.AssetsOf(AssetSchedule.Of(document)),
        };
        facts = facts with { PriorYear = LastYearFacts.Of(document.ChangeStatements, facts) };
        problems.AddRange(ProjectsWithoutAmount(document));
        return problems.Count == 0 ? facts : throw new DisclosureValidationException(problems);
    }

    /// <summary>
    /// A project whose table prints no amount and that section 二 does not list with one has no 预算数 to state: a fact
    /// of 0 would blame the projects for not adding up to 项目支出 when the document merely does not say.
    /// </summary>
    private static IEnumerable<Problem> ProjectsWithoutAmount(PublishedDisclosure document)
    {
        var rule = RuleCatalog.ProjectsTotal;
        var listed = ListedProjects.ByProject(document);
        for (var i = 0; i < listed.Length; i++)
        {
            if (ListedProjects.PrintsNoAmount(document.Projects[i]) && listed[i] is null)
            {
                yield return new Problem(rule.Id, rule.Severity, $"projects[{i}].budget",
                    $"{document.Projects[i].Name}: the 项目绩效目标表 prints no 预算数, and section 二 lists no amount for it", "an amount", null);
            }
        }
    }

    /// <summary>
    /// Builds a published disclosure anew from its facts (<see cref="ToFacts"/>), running every rule of the model: the
    /// result holds a correct disclosure, or every problem that keeps the facts from making one.
    /// </summary>
    /// <param name="document">The document as <see cref="DisclosureImporter"/> read it.</param>
    /// <param name="settings">Rounding and warning policy; <see cref="BuildSettings.Default"/> when null. Its edition is not used: the printed codes are read in the budget year's lists.</param>
    public static BuildResult Build(PublishedDisclosure document, BuildSettings? settings = null)
    {
        DisclosureFacts facts;
        // A region the document's names could not settle (BDR0906) is a warning the import prints, as the audit does.
        var region = RegionFindings.Problems(document).ToArray();
        try
        {
            facts = ToFacts(document);
        }
        catch (DisclosureValidationException e)
        {
            return new BuildResult(null, [.. e.Problems, .. region]);
        }

        var built = DisclosureAssembler.Build(facts, settings ?? BuildSettings.Default);
        return region.Length == 0 ? built : new BuildResult(built.Disclosure, [.. built.Problems, .. region]);
    }

    /// <summary>BDR0101 for a printed code the edition's list does not have.</summary>
    internal static Problem NotOfEdition<TCode>(TableId table, PrintedRow row, CodeCatalog<TCode> codes)
        where TCode : ClassificationCode<TCode>
    {
        var rule = RuleCatalog.CodeEdition;
        return new Problem(rule.Id, rule.Severity, $"{table}/{row.Code}/合计",
            $"{row.Code} {row.Label.Trim()} is not a code of {codes.CodeSystem.Title} edition {codes.Edition}", "a code of the edition", row.Code);
    }
}
