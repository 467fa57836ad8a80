using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using BudgetSdk.Text;

namespace BudgetSdk.Codes;

/// <summary>
/// The codes of one edition by name, built once per edition: an open-addressing table keyed by every name both as
/// printed in the schema (official names and aliases, e.g. 维修（护）费) and in normal form (维修(护)费), each
/// leading to the codes of that normal form. A name as printed or already normal is found by one hash and one
/// comparison; any other spelling (mixed bracket widths, wrapping white space) is normalised into a stack buffer
/// and looked up again. Nothing is allocated either way.
/// </summary>
/// <typeparam name="TCode">The generated code type.</typeparam>
internal sealed class NameTable<TCode>
    where TCode : ClassificationCode<TCode>
{
    // Names are short (the longest official name is a few dozen characters); longer buffers come from the pool.
    private const int StackBufferLength = 128;

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _longestKey;

    private NameTable(Slot[] slots, int shift, int longestKey)
    {
        _slots = slots;
        _shift = shift;
        _longestKey = longestKey;
    }

    /// <summary>A table of the names of <paramref name="codes"/> (in code order, as each name's list keeps them).</summary>
    public static NameTable<TCode> Build(IReadOnlyList<TCode> codes)
    {
        var byNormal = codes
            .SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => (Normal: OfficialNames.Normalize(n), Code: c)))
            .GroupBy(p => p.Normal, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Code).Distinct().ToArray(), StringComparer.Ordinal);
        var keys = new Dictionary<string, TCode[]>(byNormal, StringComparer.Ordinal);
        foreach (var printed in codes.SelectMany(c => c.Aliases.Prepend(c.Name)))
        {
            keys.TryAdd(printed, byNormal[OfficialNames.Normalize(printed)]);
        }

        var bits = OpenAddressing.IndexBits(keys.Count);
        var slots = new Slot[1 << bits];
        var shift = 64 - bits;
        var mask = slots.Length - 1;
        foreach (var (key, found) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var hash = Hash(key);
            var index = (int)(hash >> shift);
            while (slots[index].Key is not null)
            {
                index = (index + 1) & mask;
            }

            slots[index] = new Slot(hash, key, found);
        }

        return new NameTable<TCode>(slots, shift, keys.Keys.Max(k => (int?)k.Length) ?? 0);
    }

    /// <summary>The codes named <paramref name="name"/> in any spelling <see cref="OfficialNames"/> treats alike; empty when none.</summary>
    public TCode[] Find(ReadOnlySpan<char> name)
    {
        var found = FindExact(name);
        if (found is not null || name.IndexOfAny(OfficialNames.Changing) < 0)
        {
            return found ?? [];
        }

        // Normalisation only drops or maps characters, so a normal form longer than every key matches none.
        if (_longestKey <= StackBufferLength)
        {
            Span<char> buffer = stackalloc char[StackBufferLength];
            return FindNormalized(name, buffer[.._longestKey]);
        }

        var rented = ArrayPool<char>.Shared.Rent(_longestKey);
        try
        {
            return FindNormalized(name, rented.AsSpan(0, _longestKey));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private TCode[] FindNormalized(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var length = OfficialNames.Normalize(name, buffer);
        return length < 0 ? [] : FindExact(buffer[..length]) ?? [];
    }

    private TCode[]? FindExact(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        var slots = _slots;
        var mask = slots.Length - 1;
        var index = (int)(hash >> _shift);
        while (true)
        {
            ref readonly var slot = ref slots[index];
            if (slot.Key is null)
            {
                return null;
            }

            if (slot.Hash == hash && key.SequenceEqual(slot.Key))
            {
                return slot.Codes;
            }

            index = (index + 1) & mask;
        }
    }

    /// <summary>
    /// A 64-bit hash of the characters, four at a time: each step multiplies, which carries every input bit into the
    /// top bits the table indexes by. Deterministic, so a table is the same in every process.
    /// </summary>
    private static ulong Hash(ReadOnlySpan<char> s)
    {
        const ulong multiplier = 0x9E3779B97F4A7C15UL;
        var hash = ((ulong)s.Length + 1) * multiplier;
        var words = MemoryMarshal.Cast<char, ulong>(s);
        foreach (var word in words)
        {
            hash = BitOperations.RotateLeft(hash ^ word, 23) * multiplier;
        }

        foreach (var c in s[(words.Length * 4)..])
        {
            hash = BitOperations.RotateLeft(hash ^ c, 23) * multiplier;
        }

        return hash;
    }

    /// <summary>A key (null = empty), its hash and the codes it names.</summary>
    private readonly record struct Slot(ulong Hash, string? Key, TCode[] Codes);
}
