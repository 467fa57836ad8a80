using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Templates;
using BudgetSdk.Text;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0901: every amount the explanatory sections quote equals the table figure it restates (identity 7; 三公
/// identity 6). “三公” figures are read from T9's most detailed rows, the ones the 合计 and 小计 rows must add up to:
/// a publisher who leaves those totals blank (seed 000) is reported once, by BDR0705, not again for each sentence.
/// </summary>
internal static class NarrativeCheck
{
    private static readonly string[] ThreePublicKeys = { "OverseasTravel", "OverseasTravelAcademic", "VehiclePurchase", "VehicleOperation", "Reception" };

    public static IEnumerable<Finding> Check(PublishedDisclosure document, DisclosureTemplate template)
    {
        var rule = AuditRules.NarrativeAmount;
        foreach (var quote in document.QuotedAmounts)
        {
            if (FigureOf(quote.Subject, document, template) is not { } figure || figure.Amount == quote.Amount || UnitSlipCheck.IsSlip(quote.Amount, figure.Amount))
            {
                continue;
            }

            var section = Section(template, quote.Section);
            var slip = DigitSlip.Between(PrintedText.Of(quote.Amount), figure.Amount) is { } s ? "; " + s.Explanation : string.Empty;
            yield return new Finding(rule.Id, rule.Severity, $"{section}/{quote.Sentence}", PrintedText.Of(quote.Amount), PrintedText.Wan(figure.Amount),
                $"the sentence quotes {PrintedText.Of(quote.Amount)}万元, but {figure.Place} prints {PrintedText.Wan(figure.Amount)}{slip}") { Line = quote.Line };
        }
    }

    /// <summary>The table figure a quoted subject restates, and where it is printed; null when the document does not print it.</summary>
    internal static (decimal Amount, string Place)? FigureOf(string subject, PublishedDisclosure document, DisclosureTemplate template) => subject switch
    {
        QuotedSubjects.Income => Cell(document, TableId.T1, "收入总计", 0),
        QuotedSubjects.GeneralPublicBudgetIncome => IncomeLine(document, template, nameof(FundingSource.GeneralPublicBudget)),
        QuotedSubjects.GovernmentFundIncome => IncomeLine(document, template, nameof(FundingSource.GovernmentFund)),
        QuotedSubjects.StateCapitalIncome => IncomeLine(document, template, nameof(FundingSource.StateCapital)),
        QuotedSubjects.SpecialAccountIncome => IncomeLine(document, template, nameof(FundingSource.FiscalSpecialAccount)),
        QuotedSubjects.UnitIncome => IncomeLine(document, template, nameof(FundingSource.BusinessIncome)),
        QuotedSubjects.CarriedOver => Cell(document, TableId.T1, "上年结转结余", 0),
        QuotedSubjects.Expense => Cell(document, TableId.T3, "合计", 0),
        QuotedSubjects.Basic => Cell(document, TableId.T3, "合计", 1),
        QuotedSubjects.Project => Cell(document, TableId.T3, "合计", 2),
        QuotedSubjects.Personnel => Cell(document, TableId.T6, "合计", 1),
        QuotedSubjects.PublicUse or QuotedSubjects.OperatingFunds => Cell(document, TableId.T6, "合计", 2),
        QuotedSubjects.ThreePublic => ThreePublic(document, template, ThreePublicKeys),
        QuotedSubjects.OverseasTravel => ThreePublic(document, template, ThreePublicKeys[..2]),
        QuotedSubjects.Vehicles => ThreePublic(document, template, ThreePublicKeys[2..4]),
        QuotedSubjects.VehiclePurchase => ThreePublic(document, template, ThreePublicKeys[2..3]),
        QuotedSubjects.VehicleOperation => ThreePublic(document, template, ThreePublicKeys[3..4]),
        QuotedSubjects.Reception => ThreePublic(document, template, ThreePublicKeys[4..]),
        QuotedSubjects.Assets => AssetSchedule.Of(document) is { Total: { } total } assets
            ? (PrintedText.Amount(total, AssetSchedule.Value), $"{TableId.Assets}/{total.Label.Trim()}/{assets.Table.Columns[AssetSchedule.Value]}")
            : null,

        // A named project's amount is checked against its matched 项目名称 (招商经费 is 招商引资经费) by BDR0909.
        _ => null,
    };

    /// <summary>A printed cell of a row found by its code or label (blank = 0).</summary>
    private static (decimal, string)? Cell(PublishedDisclosure document, TableId id, string label, int column)
    {
        if (document.Table(id) is not { } table || column >= table.Columns.Count)
        {
            return null;
        }

        var row = table.Rows.FirstOrDefault(r => r.Code is null && OfficialNames.Same(r.Label, label));
        return row is null ? null : (PrintedText.Amount(row, column), $"{id}/{label}/{table.Columns[column]}");
    }

    /// <summary>The T1 income line that sums <paramref name="key"/>'s source (五、单位资金 sums five).</summary>
    private static (decimal, string)? IncomeLine(PublishedDisclosure document, DisclosureTemplate template, string key)
        => template.T1Income.Lines.FirstOrDefault(l => l.Keys.Contains(key)) is { } line ? Cell(document, TableId.T1, line.Label, 0) : null;

    /// <summary>The sum of the most detailed T9 rows that hold the components (合计 column).</summary>
    private static (decimal, string)? ThreePublic(PublishedDisclosure document, DisclosureTemplate template, IEnumerable<string> keys)
    {
        if (document.Table(TableId.T9) is not { } t9)
        {
            return null;
        }

        var lines = keys.Select(template.T9Rows.FindByKey).OfType<TemplateLine>().Distinct().ToArray();
        var rows = lines.Select(l => t9.Rows.FirstOrDefault(r => OfficialNames.Same(r.Label, l.Label))).ToArray();
        return rows.All(r => r is null) ? null : (rows.Sum(r => PrintedText.Amount(r, 0)), $"T9 ({string.Join(" + ", lines.Select(l => l.Label))})");
    }

    /// <summary>The template's heading of a section (二、部门预算安排的总体情况), for locations.</summary>
    internal static string Section(DisclosureTemplate template, int section)
    {
        var heading = template.Sections.Lines.FirstOrDefault(l => l.Keys.Contains("S" + section.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return heading?.Label ?? "section " + section.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
