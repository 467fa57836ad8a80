using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Performance;
using BudgetSdk.Rules;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>
/// Runs the builder's own rules on the header (BDR0001/BDR0002), projects, their indicators, purchases and assets (<see cref="ProjectRules"/>,
/// <see cref="IndicatorRules"/>, <see cref="ProcurementAndAssetRules"/>) over the document's facts, and points their model paths
/// (<c>projects[2].plan/6月底</c>, <c>procurement[1].smeReserved</c>) at the printed places.
/// </summary>
internal static partial class FactRuleFindings
{
    // The months of ProjectRules' plan paths, in cell order.
    private static readonly string[] Months = { "3月底", "6月底", "10月底", "12月底" };

    public static IEnumerable<Finding> Check(PublishedDisclosure document, DisclosureTemplate? template)
    {
        // A 2023 table without 项目编码 is a variant, not a mistake: only coded projects meet the project rules.
        var projects = ProjectFacts.Of(document);
        var coded = Enumerable.Range(0, projects.Count).Where(i => !string.IsNullOrWhiteSpace(document.Projects[i].Code)).ToArray();
        var procurement = ProcurementSchedule.Of(document);
        var assets = AssetSchedule.Of(document);
        var facts = new DisclosureFacts
        {
            Header = document.Header,
            Edition = document.Header.Year,
            Projects = coded.Select(i => projects[i]).ToArray(),
            Procurement = ScheduleFacts.ProcurementOf(procurement, template),
            Assets = ScheduleFacts.AssetsOf(assets),
        };
        var context = new RuleContext(facts, template, Array.Empty<string>());
        // What the importer's build refuses for want of a region or department code, the audit reports too.
        HeaderRules.CheckIdentity(context);
        ProjectRules.Check(context);
        IndicatorRules.Check(context);
        ProcurementAndAssetRules.Check(context);

        var framework = ProjectFacts.FrameworkOf(document);
        var cells = new List<CellProblem>();
        var findings = new List<Finding>();
        foreach (var problem in context.Problems)
        {
            if (ProjectPath().Match(problem.Location) is { Success: true } project)
            {
                var index = coded[int.Parse(project.Groups[1].Value, CultureInfo.InvariantCulture)];
                findings.Add(OfProject(problem, document.Projects[index], index, project.Groups[2].Value, framework));
            }
            else
            {
                cells.Add(Place(problem, procurement, assets) ?? Header(problem, document));
            }
        }

        return findings.Concat(CellFindings.From(cells));
    }

    /// <summary>A header problem points at the line naming the department; an empty field is printed blank, as an empty cell is.</summary>
    private static CellProblem Header(Problem problem, PublishedDisclosure document)
        => problem.Location.StartsWith("header.", StringComparison.Ordinal)
            ? new CellProblem(problem.Actual is "" ? problem with { Actual = PrintedText.Blank } : problem, null, document.Region?.Line)
            : new CellProblem(problem, null);

    /// <summary>The finding at the project's place: its code, a plan cell, an indicator's value, or the table.</summary>
    private static Finding OfProject(Problem problem, PrintedProject project, int index, string member, IndicatorFramework framework)
    {
        var (printed, line) = (problem.Actual, project.Line);
        if (member == ".code")
        {
            printed = project.Code;
        }
        else if (member.StartsWith(".plan/", StringComparison.Ordinal) && Array.IndexOf(Months, member[6..]) is var month && month >= 0 && month < project.PlanCells.Count)
        {
            printed = project.PlanCells[month] ?? PrintedText.Blank;
        }
        else if (IndicatorPath().Match(member) is { Success: true } indicator
            && ProjectFacts.Filed(project, framework).ElementAtOrDefault(int.Parse(indicator.Groups[1].Value, CultureInfo.InvariantCulture)) is { } row)
        {
            (printed, line) = (row.Value, row.Line);
        }

        // Most project rules name the project themselves; the others get its name in front.
        var message = problem.Message.StartsWith(project.Name, StringComparison.Ordinal) ? problem.Message : $"{project.Name}: {problem.Message}";
        return new Finding(problem.RuleId, problem.Severity, $"projects[{index}]{member}", printed, problem.Expected, message) { Line = line };
    }

    /// <summary>The printed cell a procurement or asset path means, with the location rewritten as a table path.</summary>
    private static CellProblem? Place(Problem problem, ProcurementSchedule? procurement, AssetSchedule? assets)
    {
        PrintedCell? cell = null;
        string? key = null;
        if (ProcurementPath().Match(problem.Location) is { Success: true } match && procurement is not null)
        {
            var item = procurement.Items[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)];
            var column = match.Groups[2].Value switch
            {
                ".smeReserved" => procurement.SmeColumn,
                ".catalogueCode" => -1,
                _ => procurement.TotalColumn,
            };
            key = item.Key;
            if (column < 0)
            {
                // The catalogue code is no amount column: quote it as printed.
                return new CellProblem(problem with { Location = $"{procurement.Table.Id}/{key}/政府采购目录序号", Actual = item.Row.Code ?? PrintedText.Blank }, null, item.Row.Line);
            }

            cell = new PrintedCell(procurement.Table, item.Row, column);
        }
        else if (problem.Location is "assets.officeArea" or "assets.officeValue" && assets?.Offices is { } offices)
        {
            cell = new PrintedCell(assets.Table, offices, problem.Location == "assets.officeArea" ? AssetSchedule.Quantity : AssetSchedule.Value);
            key = offices.Label.Trim();
        }

        return cell is null ? null : new CellProblem(problem with { Location = cell.Path(key!) }, cell);
    }

    [GeneratedRegex(@"^projects\[([0-9]+)\](.*)$")]
    private static partial Regex ProjectPath();

    [GeneratedRegex(@"^\.indicators\[([0-9]+)\]")]
    private static partial Regex IndicatorPath();

    [GeneratedRegex(@"^procurement\[([0-9]+)\](\.\w+)?$")]
    private static partial Regex ProcurementPath();
}
