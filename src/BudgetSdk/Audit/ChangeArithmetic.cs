using BudgetSdk.Import;

namespace BudgetSdk.Audit;

/// <summary>What a 比上年 statement says about last year, in 万元: the change with its sign, and last year's amount.</summary>
internal static class ChangeArithmetic
{
    /// <summary>The change with its sign (增加 +), from the printed amount or last year's printed amount; null when the
    /// statement prints only a percent or no direction.</summary>
    public static decimal? Signed(ChangeStatement statement, decimal? current) => statement switch
    {
        { Direction: ChangeDirection.Unchanged } => 0m,
        { Direction: ChangeDirection.Increase, Amount: { } amount } => amount,
        { Direction: ChangeDirection.Decrease, Amount: { } amount } => -amount,
        { Direction: ChangeDirection.Increase or ChangeDirection.Decrease, LastYear: { } last } when current is { } now => now - last,
        _ => null,
    };

    /// <summary>Last year's amount: as printed, or this year's less the change, or this year's over (1 ± percent) to the cent.</summary>
    public static decimal? LastYear(ChangeStatement statement, decimal current)
    {
        if (statement.LastYear is { } printed)
        {
            return printed;
        }

        if (Signed(statement, current) is { } change)
        {
            return current - change;
        }

        if (statement is { Percent: { } percent, Direction: ChangeDirection.Increase or ChangeDirection.Decrease })
        {
            var factor = 1m + ((statement.Direction == ChangeDirection.Increase ? percent : -percent) / 100m);
            return factor > 0m ? Math.Round(current / factor, 2, MidpointRounding.AwayFromZero) : null;
        }

        return null;
    }

    /// <summary>A change as the sections word it: 增加6.98万元, 减少14.85万元, 持平.</summary>
    public static string Words(decimal change) => change switch
    {
        > 0m => $"增加{PrintedText.Wan(change)}万元",
        < 0m => $"减少{PrintedText.Wan(-change)}万元",
        _ => "持平",
    };

    /// <summary>The subject as the sections name it, for messages.</summary>
    public static string Name(string subject) => subject switch
    {
        QuotedSubjects.Expense => "收支总额",
        QuotedSubjects.Income => "收入总额",
        QuotedSubjects.Basic => "基本支出",
        QuotedSubjects.Project => "项目支出",
        QuotedSubjects.Personnel => "人员经费",
        QuotedSubjects.PublicUse => "公用经费",
        QuotedSubjects.OperatingFunds => "机关运行经费",
        QuotedSubjects.ThreePublic => "“三公”经费",
        QuotedSubjects.OverseasTravel => "因公出国（境）费",
        QuotedSubjects.Vehicles => "公务用车购置及运维费",
        QuotedSubjects.VehiclePurchase => "公务用车购置费",
        QuotedSubjects.VehicleOperation => "公务用车运维费",
        QuotedSubjects.Reception => "公务接待费",
        _ => subject,
    };
}
