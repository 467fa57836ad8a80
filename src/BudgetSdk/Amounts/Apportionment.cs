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
        var rounded = new decimal[amounts.Count];
        var remainders = new decimal[amounts.Count];
        var truncatedTotal = 0m;
        for (var i = 0; i < amounts.Count; i++)
        {
            var wan = amounts[i].Wan;
            rounded[i] = decimal.Floor(wan * 100m) / 100m;
            remainders[i] = wan - rounded[i];
            truncatedTotal += rounded[i];
        }

        var missingCents = (total - truncatedTotal) / Cent;
        var withRemainder = remainders.Count(r => r > 0m);
        if (missingCents < 0m || missingCents > withRemainder || missingCents != decimal.Truncate(missingCents))
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, $"a printed total of {amounts.Count} amounts must lie between {Wan(truncatedTotal)} and {Wan(truncatedTotal + (withRemainder * Cent))} 万元 in whole cents");
        }

        // Largest remainder first; equal remainders keep their order, so the result is deterministic.
        var order = Enumerable.Range(0, amounts.Count)
            .Where(i => remainders[i] > 0m)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .Take((int)missingCents);
        foreach (var i in order)
        {
            rounded[i] += Cent;
        }

        for (var i = 0; i < rounded.Length; i++)
        {
            rounded[i] = decimal.Round(rounded[i], 2);
        }

        return rounded;
    }

    private static string Wan(decimal wan) => wan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
