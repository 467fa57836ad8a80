namespace BudgetSdk.Codes;

/// <summary>The sizing both lookup tables (<see cref="CodeTable{TCode}"/>, <see cref="NameTable{TCode}"/>) share.</summary>
internal static class OpenAddressing
{
    /// <summary>
    /// The number of index bits of a table for <paramref name="entries"/>: a power of two at least twice the entries, so
    /// that linear probing stays short (at most half full). A slot's index is the top bits of a 64-bit hash,
    /// <c>hash &gt;&gt; (64 - bits)</c>.
    /// </summary>
    public static int IndexBits(int entries)
    {
        var bits = 4;
        while ((1 << bits) < entries * 2)
        {
            bits++;
        }

        return bits;
    }
}
