namespace BudgetSdk.Codes;

/// <summary>
/// The codes of one edition keyed by <see cref="CodeKey"/>: an open-addressing table (linear probing, at most half
/// full) built once per edition, so that a lookup is a few multiplications and one or two probes of an array, with no
/// string hashed, compared or allocated.
/// </summary>
/// <typeparam name="TCode">The generated code type.</typeparam>
internal sealed class CodeTable<TCode>
    where TCode : ClassificationCode<TCode>
{
    // Fibonacci hashing: the top bits of key × 2^64/φ spread consecutive codes (2010101, 2010102 …) over the table;
    // folding the high half down first lets the digit count (the key's top bits) move the low bits of the product too.
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    private readonly Slot[] _slots;
    private readonly int _shift;

    private CodeTable(Slot[] slots, int shift)
    {
        _slots = slots;
        _shift = shift;
    }

    /// <summary>A table of <paramref name="codes"/>; throws when a code is not ASCII digits (the generator emits only those).</summary>
    public static CodeTable<TCode> Build(IReadOnlyList<TCode> codes)
    {
        var bits = OpenAddressing.IndexBits(codes.Count);
        var slots = new Slot[1 << bits];
        var shift = 64 - bits;
        var mask = slots.Length - 1;
        foreach (var code in codes)
        {
            if (!CodeKey.TryRead(code.Code, out var key))
            {
                throw new ArgumentException($"'{code.Code}' is not a code of 1 to {CodeKey.MaxDigits} ASCII digits", nameof(codes));
            }

            var index = Index(key, shift);
            while (slots[index].Key != 0)
            {
                index = (index + 1) & mask;
            }

            slots[index] = new Slot(key, code);
        }

        return new CodeTable<TCode>(slots, shift);
    }

    /// <summary>The code with the given key, or null.</summary>
    public TCode? Find(ulong key)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var index = Index(key, _shift);
        while (true)
        {
            var slot = slots[index];
            if (slot.Key == key)
            {
                return slot.Code;
            }

            if (slot.Key == 0)
            {
                return null;
            }

            index = (index + 1) & mask;
        }
    }

    private static int Index(ulong key, int shift) => (int)(((key ^ (key >> 32)) * Multiplier) >> shift);

    /// <summary>A key (0 = empty: every real key has its digit count in its top bits) and its code.</summary>
    private readonly record struct Slot(ulong Key, TCode? Code);
}
