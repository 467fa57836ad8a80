using System.Globalization;
using BudgetSdk.Text;

namespace BudgetSdk.Performance.Values;

/// <summary>
/// Reads the four printed points of a 资金支出计划. The header says "(%)", but some documents print cumulative amounts
/// in 万元 (seed 001: 7.50 15.00 22.50 30.00 for a 30.00 万元 budget) or fractions (0.25 0.50 0.75 1.00); the reading says
/// which form it found and the percentages the points imply.
/// </summary>
public static class SpendingPlanText
{
    private const int PointCount = 4;

    /// <summary>Reads the printed cells of 3月底, 6月底, 10月底 and 12月底; a blank cell is a point not printed.</summary>
    /// <param name="printedCells">The four cells as printed, e.g. "25%", "25", "7.50", "0.25" or "".</param>
    /// <param name="budgetWan">The project's 预算数 in 万元, against which amounts are read.</param>
    /// <returns>The form found, the implied percentages (rounded to two decimals), and a message for a form other than percentages.</returns>
    public static SpendingPlanReading Read(IReadOnlyList<string> printedCells, decimal budgetWan)
    {
        ArgumentNullException.ThrowIfNull(printedCells);
        if (printedCells.Count != PointCount)
        {
            return Unreadable($"expected the four points 3月底, 6月底, 10月底 and 12月底, found {printedCells.Count} cells");
        }

        var points = new decimal?[PointCount];
        var percentSign = false;
        for (var i = 0; i < PointCount; i++)
        {
            var cell = Digits.ToAscii(string.Concat((printedCells[i] ?? string.Empty).Where(c => !char.IsWhiteSpace(c)))).Replace('％', '%').Replace('．', '.');
            if (cell.Length == 0)
            {
                continue;
            }

            percentSign |= cell.EndsWith('%');
            if (!decimal.TryParse(cell.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return Unreadable($"the point of cell {i + 1} ('{printedCells[i]}') is not a number");
            }

            points[i] = value;
        }

        return Classify(points, percentSign, budgetWan);
    }

    // Which reading makes the points a plan. The order matters: a % sign settles it; numbers up to 1 are fractions;
    // numbers ending at the budget are amounts (unless the budget is 100, where both readings agree); numbers up to
    // 100 are percentages as the header says; numbers beyond 100 but within the budget are amounts.
    private static SpendingPlanReading Classify(decimal?[] points, bool percentSign, decimal budgetWan)
    {
        var printed = points.Where(p => p.HasValue).Select(p => p!.Value).ToArray();
        if (printed.Length == 0)
        {
            return Unreadable("no point is printed");
        }

        var (max, last) = (printed.Max(), printed[^1]);
        if (percentSign || max == 0m)
        {
            return new SpendingPlanReading(SpendingPlanForm.Percent, points, null);
        }

        if (max <= 1m && budgetWan != 1m)
        {
            var read = Scale(points, v => v * 100m);
            return new SpendingPlanReading(SpendingPlanForm.Fractions, read, $"资金支出计划 is printed as fractions of the budget ({Show(points, "")}), not as percentages; read as {Show(read, "%")}");
        }

        var isAmount = budgetWan > 0m && budgetWan != 100m && last == budgetWan;
        if (!isAmount && max <= 100m)
        {
            return new SpendingPlanReading(SpendingPlanForm.Percent, points, null);
        }

        if (budgetWan > 0m && max <= budgetWan)
        {
            // Divided first (v ≤ budget), so that no printed amount overflows when made a percentage.
            var read = Scale(points, v => v / budgetWan * 100m);
            return new SpendingPlanReading(SpendingPlanForm.Amounts, read, $"资金支出计划 is printed as amounts in 万元 ({Show(points, "")}) of the {budgetWan.ToString(CultureInfo.InvariantCulture)} 万元 budget, not as percentages; read as {Show(read, "%")}");
        }

        return Unreadable($"the points {Show(points, "")} are neither percentages (they pass 100) nor amounts of the {budgetWan.ToString(CultureInfo.InvariantCulture)} 万元 budget");
    }

    private static decimal?[] Scale(decimal?[] points, Func<decimal, decimal> toPercent) =>
        points.Select(p => p is { } v ? Math.Round(toPercent(v), 2, MidpointRounding.AwayFromZero) : (decimal?)null).ToArray();

    private static string Show(IEnumerable<decimal?> points, string suffix) =>
        string.Join(' ', points.Select(p => p is { } v ? v.ToString(CultureInfo.InvariantCulture) + suffix : "(blank)"));

    private static SpendingPlanReading Unreadable(string message) =>
        new(SpendingPlanForm.Unreadable, new decimal?[PointCount], message);
}
