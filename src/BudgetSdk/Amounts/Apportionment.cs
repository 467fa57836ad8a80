namespace BudgetSdk.Amounts;

/// <summary>
/// The rounding rule of BudgetSdk: how exact amounts become the two-decimal 万元 figures a table prints.
/// </summary>
/// <remarks>
/// <para>
/// Rounding every cell on its own (四舍五入 per cell) is how published tables come to print a 款 sum of 267.42 as
/// 267.41: the parts and the total are rounded separately and drift apart. BudgetSdk rounds a <em>group</em> of
/// amounts that add up to one printed total instead, by the largest-remainder (Hamilton) method:
/// </para>
/// <list type="number">
/// <item>the group total is rounded to 0.01 万元 with the configured midpoint rule (default: half away from zero, 四舍五入);</item>
/// <item>every amount is truncated to 0.01 万元;</item>
/// <item>the cents still missing go, one each, to the amounts with the largest truncated remainder; ties go to the earlier amount.</item>
/// </list>
/// <para>
/// Every printed subtotal is then the sum of printed parts, the printed total is the rounded exact total, and no
/// part moves by more than 0.01 from its own rounding. The result depends only on the amounts and their order, so
/// output is deterministic. Amounts already in whole cents of 万元 are returned unchanged.
/// </para>
/// </remarks>
public static class Apportionment
{
    /// <summary>The printed precision: 0.01 万元.</summary>
    public const decimal Cent = 0.01m;

    /// <summary>Rounds one amount to 0.01 万元 on its own, for figures that are not parts of a printed total.</summary>
    public static decimal RoundWan(Money amount, MidpointRounding midpoint = MidpointRounding.AwayFromZero)
        => decimal.Round(amount.Wan, 2, midpoint);

    /// <summary>
    /// Rounds a group of amounts to 0.01 万元 so that the rounded amounts add up to the rounded total of the group.
    /// </summary>
    /// <param name="amounts">The group, in printed order (which decides ties).</param>
    /// <param name="midpoint">How the group total rounds a half cent: <see cref="MidpointRounding.AwayFromZero"/> (四舍五入) or <see cref="MidpointRounding.ToEven"/>.</param>
    /// <returns>The rounded amounts in 万元, in the same order.</returns>
    public static decimal[] RoundGroup(IReadOnlyList<Money> amounts, MidpointRounding midpoint = MidpointRounding.AwayFromZero)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return RoundGroupTo(amounts, decimal.Round(amounts.Sum(a => a.Wan), 2, midpoint));
    }

    /// <summary>
    /// Rounds groups of amounts that are parts of one printed grand total: the grand total rounds to the nearest
    /// cent, the group totals are apportioned from it, and each group's amounts from its group total. Every printed
    /// sum — of a group, of any groups, of everything — then adds up, and the grand total is the exact one rounded.
    /// </summary>
    /// <param name="groups">The groups, each in printed order.</param>
    /// <param name="midpoint">How the grand total rounds a half cent.</param>
    /// <returns>The rounded amounts, group by group, in the same shape.</returns>
    public static decimal[][] RoundNested(IReadOnlyList<IReadOnlyList<Money>> groups, MidpointRounding midpoint = MidpointRounding.AwayFromZero)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var totals = RoundGroup(groups.Select(g => Money.Sum(g)).ToArray(), midpoint);
        return groups.Select((g, i) => RoundGroupTo(g, totals[i])).ToArray();
    }

    /// <summary>
    /// Rounds a group of amounts so that they add up to a given printed total: the exact total rounded up or down
    /// to the cent, as a group total apportioned from a larger one is.
    /// </summary>
    /// <param name="amounts">The group, in printed order (which decides ties).</param>
    /// <param name="total">The printed total, in 万元: within one cent of the exact total.</param>
    /// <exception cref="ArgumentOutOfRangeException">The total is not within a cent of the exact total.</exception>
    public static decimal[] RoundGroupTo(IReadOnlyList<Money> amounts, decimal total)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return Apportion(amounts.Select(a => a.Wan).ToArray(), total, 2, "万元");
    }

    /// <summary>
    /// Rounds a group of amounts stated in any unit (元 or 万元) to <paramref name="decimals"/> decimals so that they add up
    /// to a given printed total, by the same largest-remainder rule: for forms that print 元 with two decimals, or integers.
    /// </summary>
    /// <param name="amounts">The group in the printed unit, in printed order (which decides ties); none negative.</param>
    /// <param name="total">The printed total: the exact total rounded up or down to a whole step of <paramref name="decimals"/>.</param>
    /// <param name="decimals">The decimals printed (0 to 4).</param>
    /// <exception cref="ArgumentOutOfRangeException">The total is not within one step of the exact total.</exception>
    public static decimal[] RoundGroupTo(IReadOnlyList<decimal> amounts, decimal total, int decimals)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        return Apportion(amounts, total, decimals, string.Empty);
    }

    /// <summary>Rounds a group of amounts in any unit to <paramref name="decimals"/> decimals so that they add up to their exact total rounded.</summary>
    /// <param name="amounts">The group in the printed unit, in printed order.</param>
    /// <param name="decimals">The decimals printed.</param>
    /// <param name="midpoint">How the group total rounds a half step.</param>
    public static decimal[] RoundGroup(IReadOnlyList<decimal> amounts, int decimals, MidpointRounding midpoint = MidpointRounding.AwayFromZero)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return RoundGroupTo(amounts, decimal.Round(amounts.Sum(), decimals, midpoint), decimals);
    }

    private static decimal[] Apportion(IReadOnlyList<decimal> amounts, decimal total, int decimals, string unit)
    {
        var step = 1m;
        for (var d = 0; d < decimals; d++)
        {
            step /= 10m;
        }

        var rounded = new decimal[amounts.Count];
        var remainders = new decimal[amounts.Count];
        var truncatedTotal = 0m;
        for (var i = 0; i < amounts.Count; i++)
        {
            rounded[i] = decimal.Floor(amounts[i] / step) * step;
            remainders[i] = amounts[i] - rounded[i];
            truncatedTotal += rounded[i];
        }

        var missingSteps = (total - truncatedTotal) / step;
        var withRemainder = remainders.Count(r => r > 0m);
        if (missingSteps < 0m || missingSteps > withRemainder || missingSteps != decimal.Truncate(missingSteps))
        {
            var suffix = unit.Length == 0 ? string.Empty : " " + unit;
            throw new ArgumentOutOfRangeException(nameof(total), total, $"a printed total of {amounts.Count} amounts must lie between {Fixed(truncatedTotal, decimals)} and {Fixed(truncatedTotal + (withRemainder * step), decimals)}{suffix} in whole {(decimals == 2 && unit.Length > 0 ? "cents" : "steps of " + Fixed(step, decimals))}");
        }

        // Largest remainder first; equal remainders keep their order, so the result is deterministic.
        var order = Enumerable.Range(0, amounts.Count)
            .Where(i => remainders[i] > 0m)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .Take((int)missingSteps);
        foreach (var i in order)
        {
            rounded[i] += step;
        }

        for (var i = 0; i < rounded.Length; i++)
        {
            rounded[i] = decimal.Round(rounded[i], decimals);
        }

        return rounded;
    }

    private static string Fixed(decimal value, int decimals) => value.ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

}
