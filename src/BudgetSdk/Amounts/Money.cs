using System.Globalization;

namespace BudgetSdk.Amounts;

/// <summary>
/// A non-negative amount of money, held exactly in 元. Disclosures never print a negative amount, so a negative
/// one cannot be made: <see cref="FromYuan"/> and <see cref="FromWan"/> throw.
/// </summary>
/// <remarks>
/// Facts are stated in 元 or 万元 (<c>Money.FromWan(267.58m)</c>); tables print 万元 with two decimals, reached by the
/// rounding rule of <see cref="Apportionment"/>, so that printed parts always add up to printed totals.
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>元 in one 万元.</summary>
    public const decimal YuanPerWan = 10000m;

    private Money(decimal yuan) => Yuan = yuan;

    /// <summary>Zero.</summary>
    public static Money Zero => default;

    /// <summary>The amount in 元, exactly as stated.</summary>
    public decimal Yuan { get; }

    /// <summary>The amount in 万元, exactly (not rounded).</summary>
    public decimal Wan => Yuan / YuanPerWan;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => Yuan == 0m;

    /// <summary>An amount stated in 元.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static Money FromYuan(decimal yuan) => new(NonNegative(yuan, "元"));

    /// <summary>An amount stated in 万元.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static Money FromWan(decimal wan) => new(NonNegative(wan, "万元") * YuanPerWan);

    /// <summary>An amount stated in the given unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static Money From(decimal amount, MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => FromYuan(amount),
        MoneyUnit.TenThousandYuan => FromWan(amount),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "expected 元 (Yuan) or 万元 (TenThousandYuan)"),
    };

    /// <summary>The amount in the given unit, exactly.</summary>
    public decimal In(MoneyUnit unit) => unit == MoneyUnit.Yuan ? Yuan : Wan;

    /// <summary>The sum of two amounts.</summary>
    public static Money operator +(Money left, Money right) => new(left.Yuan + right.Yuan);

    /// <summary>Compares two amounts.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Money left, Money right) => left.Yuan < right.Yuan;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Money left, Money right) => left.Yuan > right.Yuan;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Money left, Money right) => left.Yuan <= right.Yuan;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Money left, Money right) => left.Yuan >= right.Yuan;

    /// <summary>The sum of amounts.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = 0m;
        foreach (var amount in amounts)
        {
            total += amount.Yuan;
        }

        return new Money(total);
    }

    /// <inheritdoc />
    // 1.50 元 and 1.5 元 are the same amount: equality is by value, not by the decimal's scale.
    public bool Equals(Money other) => Yuan == other.Yuan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Yuan.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    /// <summary>The amount in 万元, e.g. <c>267.58万元</c>; sub-cent amounts keep their digits.</summary>
    public override string ToString() => Wan.ToString(Wan == decimal.Round(Wan, 2) ? "0.00" : "0.00########", CultureInfo.InvariantCulture) + "万元";

    private static decimal NonNegative(decimal amount, string unit) => amount >= 0m
        ? amount
        : throw new ArgumentOutOfRangeException(nameof(amount), amount, $"amounts in a disclosure are never negative; got {amount.ToString(CultureInfo.InvariantCulture)}{unit}");
}
