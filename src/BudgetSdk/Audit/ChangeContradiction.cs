using BudgetSdk.Import;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0911 on one 比上年 statement: 增加/减少 (or 持平) against a stated last-year amount, an amount that is not the
/// difference, an increase beyond this year's amount, a fall of more than 100 % (or of 100 % to a figure that is not
/// zero), a percent the amount does not give within the printed rounding.
/// </summary>
internal static class ChangeContradiction
{
    /// <summary>BDR0911: the direction, amount or percent contradicts the amounts the statement gives.</summary>
    public static (string Printed, string Expected, string Message)? Of(ChangeStatement s, decimal current)
    {
        var name = ChangeArithmetic.Name(s.Subject);
        if (s.LastYear is { } last)
        {
            var difference = current - last;
            var agrees = s.Direction switch
            {
                ChangeDirection.Increase => difference > 0m,
                ChangeDirection.Decrease => difference < 0m,
                ChangeDirection.Unchanged => difference == 0m,
                _ => true,
            };
            if (!agrees || (s.Amount is { } amount && amount != Math.Abs(difference)))
            {
                return (s.Printed, ChangeArithmetic.Words(difference),
                    $"{name} is {PrintedText.Wan(current)}万元 against last year's {PrintedText.Wan(last)}万元, which is {ChangeArithmetic.Words(difference)}, not {s.Printed}");
            }
        }

        if (s is { Direction: ChangeDirection.Increase, Amount: { } increase } && increase > current)
        {
            return (s.Printed, $"at most {PrintedText.Wan(current)}万元",
                $"{name} is {PrintedText.Wan(current)}万元 this year: an increase of {PrintedText.Wan(increase)}万元 would make last year's amount negative");
        }

        if (s is { Direction: ChangeDirection.Decrease, Percent: { } cut } && (cut > 100m || (cut == 100m && current > 0m)))
        {
            return (s.Printed, cut > 100m ? "at most 100%" : "0.00万元 this year",
                $"{name} cannot fall by {PrintedText.Percent(cut)} and be {PrintedText.Wan(current)}万元 this year");
        }

        if (s is { Amount: { } by, Percent: { } percent, Direction: ChangeDirection.Increase or ChangeDirection.Decrease }
            && current - ChangeArithmetic.Signed(s, current)!.Value is var before && before > 0m)
        {
            var implied = by / before * 100m;
            var tolerance = (0.5m * Pow10(-percent.Scale)) + (implied * ((0.005m / Math.Max(by, 0.01m)) + (0.01m / before)));
            if (Math.Abs(implied - percent) > tolerance)
            {
                return ($"{PrintedText.Wan(by)}万元, {PrintedText.Percent(percent)}", PrintedText.Percent(Math.Round(implied, 2)),
                    $"{name} changes by {PrintedText.Wan(by)}万元 on last year's {PrintedText.Wan(before)}万元, which is {PrintedText.Percent(Math.Round(implied, 2))}, not {PrintedText.Percent(percent)}");
            }
        }

        return null;
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            value /= 10m;
        }

        return value;
    }
}
