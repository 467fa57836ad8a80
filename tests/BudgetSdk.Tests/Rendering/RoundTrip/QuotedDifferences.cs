using System.Globalization;
using BudgetSdk.Import;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Rendering.RoundTrip;

/// <summary>
/// The amounts sections 二、三、四 and 九 quote, read back, against <see cref="Disclosure.Figures"/> and the asset
/// total: each figure quoted once, under its subject, with its amount.
/// </summary>
internal static class QuotedDifferences
{
    public static IEnumerable<string> Of(Disclosure disclosure, IReadOnlyList<QuotedAmount> quoted)
    {
        var expected = Expected(disclosure).Select(Show).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        var read = quoted.Where(q => q.Subject != QuotedSubjects.NamedProject).Select(q => Show((q.Subject, q.Amount))).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        foreach (var missing in expected.Except(read))
        {
            yield return $"quoted: {missing} not read";
        }

        foreach (var extra in read.Except(expected))
        {
            yield return $"quoted: {extra} read but not written";
        }
    }

    private static IEnumerable<(string Subject, decimal Amount)> Expected(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        (string, decimal)[] figures =
        [
            (QuotedSubjects.Income, f.Income), (QuotedSubjects.CarriedOver, f.CarriedOver), (QuotedSubjects.Expense, f.Expense),
            (QuotedSubjects.Basic, f.Basic), (QuotedSubjects.Personnel, f.Personnel), (QuotedSubjects.PublicUse, f.PublicUse),
            (QuotedSubjects.Project, f.Project), (QuotedSubjects.OperatingFunds, f.OperatingFunds), (QuotedSubjects.ThreePublic, f.ThreePublic),
            (QuotedSubjects.OverseasTravel, f.OverseasTravel), (QuotedSubjects.Vehicles, f.Vehicles), (QuotedSubjects.VehiclePurchase, f.VehiclePurchase),
            (QuotedSubjects.VehicleOperation, f.VehicleOperation), (QuotedSubjects.Reception, f.Reception),
        ];
        var assets = disclosure.Facts.Assets is null ? [] : new[] { (QuotedSubjects.Assets, disclosure[TableId.Assets].Rows[0].Cells[1]) };
        var lines = disclosure.Template.T1Income.Lines.Zip(f.IncomeByLine, (line, figure) => (Subject: LineSubject(line.Keys), figure.Value))
            .Where(l => l.Subject is not null).Select(l => (l.Subject!, l.Value));
        return figures.Concat(lines).Concat(assets);
    }

    // The subject of a T1 income line by its funding sources; 2023's 事业收入 … 其他收入 lines have none of their own.
    private static string? LineSubject(IReadOnlyList<string> keys) => keys switch
    {
        ["GeneralPublicBudget"] => QuotedSubjects.GeneralPublicBudgetIncome,
        ["GovernmentFund"] => QuotedSubjects.GovernmentFundIncome,
        ["StateCapital"] => QuotedSubjects.StateCapitalIncome,
        ["FiscalSpecialAccount"] => QuotedSubjects.SpecialAccountIncome,
        { Count: > 1 } => QuotedSubjects.UnitIncome,
        _ => null,
    };

    private static string Show((string Subject, decimal Amount) quote) => $"{quote.Subject} {quote.Amount.ToString("0.00", CultureInfo.InvariantCulture)}";
}
