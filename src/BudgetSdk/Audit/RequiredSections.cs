using System.Globalization;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0908: a section the template gives a subject (the key after its S-number in the <c>sections</c> part, e.g.
/// <c>operatingFunds</c> for 三、机关运行经费安排情况) says something while that subject is not zero. Empty, or with
/// its heading missing, it is an error stating the amount the section should state; with its heading missing and the
/// subject zero (or not printed), a warning: the section would say 无, but the template still prints it.
/// </summary>
internal static class RequiredSections
{
    public static IEnumerable<Finding> Check(PublishedDisclosure document, DisclosureTemplate template)
    {
        var rule = AuditRules.RequiredSection;
        foreach (var line in template.Sections.Lines)
        {
            if (line.Keys.Count < 2 || !int.TryParse(line.Keys[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var section = document.Sections.FirstOrDefault(s => s.Number == number);
            if (section is { IsEmpty: false })
            {
                continue;
            }

            var figure = FigureOf(line.Keys[1], document, template);
            var amount = figure?.Amount ?? 0m;
            var subject = figure is { } f ? $"{f.Place} prints {PrintedText.Wan(f.Amount)}万元" : "the document prints no figure for its subject";
            if (section is not null && amount != 0m)
            {
                yield return new Finding(rule.Id, rule.Severity, line.Label, PrintedText.Blank, PrintedText.Wan(amount),
                    $"the section says nothing, but {subject}: it must state that amount") { Line = section.Line };
            }
            else if (section is null && amount != 0m)
            {
                yield return new Finding(rule.Id, rule.Severity, line.Label, null, PrintedText.Wan(amount),
                    $"the heading is missing, but {subject}: the section must state that amount");
            }
            else if (section is null)
            {
                yield return new Finding(rule.Id, Rules.Severity.Warning, line.Label, null, null,
                    $"the heading is missing; {subject}, so the section would say 无, but the template prints it");
            }
        }
    }

    /// <summary>The table figure a section's subject is; the quoted subjects as the narrative check reads them.</summary>
    private static (decimal Amount, string Place)? FigureOf(string subject, PublishedDisclosure document, DisclosureTemplate template)
    {
        if (subject != QuotedSubjects.Procurement)
        {
            return NarrativeCheck.FigureOf(subject, document, template);
        }

        if (ProcurementSchedule.Of(document) is not { } schedule)
        {
            return null;
        }

        var place = $"{TableId.Procurement}/合计/{schedule.Table.Columns[schedule.TotalColumn]}";
        return schedule.GrandTotal is { } total
            ? (PrintedText.Amount(total, schedule.TotalColumn), place)
            : (schedule.Items.Sum(i => PrintedText.Amount(i.Row, schedule.TotalColumn)), place);
    }
}
