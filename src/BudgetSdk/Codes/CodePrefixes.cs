namespace BudgetSdk.Codes;

/// <summary>
/// Which printed code is under which: a code's parent is the longest other code it starts with (a table may leave out
/// an empty level). Done on the codes sorted once, so a table of n rows costs n log n comparisons rather than n² and a
/// hostile code cell thousands of characters long is compared, not cut into every one of its prefixes.
/// </summary>
/// <remarks>
/// In ordinal order every code that starts with <c>p</c> follows <c>p</c> directly, so a stack of the codes that are
/// prefixes of one another holds, at each code, exactly its prefixes among the codes before it.
/// </remarks>
internal static class CodePrefixes
{
    /// <summary>
    /// For each index, the index of the first code that is the longest proper prefix of its code (at least
    /// <paramref name="minimumLength"/> long), or -1; -1 too where the code is null.
    /// </summary>
    public static int[] Parents(IReadOnlyList<string?> codes, int minimumLength = 1)
    {
        var (first, sorted) = Distinct(codes);
        var parentOf = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        var chain = new Stack<string>();
        foreach (var code in sorted)
        {
            while (chain.Count > 0 && !code.StartsWith(chain.Peek(), StringComparison.Ordinal))
            {
                chain.Pop();
            }

            parentOf[code] = chain.Count > 0 && chain.Peek().Length >= minimumLength ? first[chain.Peek()] : -1;
            chain.Push(code);
        }

        return codes.Select(c => c is null ? -1 : parentOf[c]).ToArray();
    }

    /// <summary>For each index, true when another, longer code starts with its code (the row has rows under it).</summary>
    public static bool[] HasChildren(IReadOnlyList<string?> codes)
    {
        var (_, sorted) = Distinct(codes);

        // Only the next code in order can extend a code: every code that does follows it directly.
        var extended = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k + 1 < sorted.Length; k++)
        {
            if (sorted[k + 1].StartsWith(sorted[k], StringComparison.Ordinal))
            {
                extended.Add(sorted[k]);
            }
        }

        return codes.Select(c => c is not null && extended.Contains(c)).ToArray();
    }

    // The index where each code is first printed, and the distinct codes in ordinal order: a table that repeats its
    // rows sorts each code once.
    private static (Dictionary<string, int> First, string[] Sorted) Distinct(IReadOnlyList<string?> codes)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] is { } code)
            {
                first.TryAdd(code, i);
            }
        }

        var sorted = first.Keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return (first, sorted);
    }
}
