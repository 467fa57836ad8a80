using System.ComponentModel;

namespace BudgetSdk.Codes;

/// <summary>One code as data: what the schema says of it. Generated catalogs are filled with these.</summary>
/// <param name="Code">The code, e.g. <c>2010301</c>.</param>
/// <param name="Name">The official name, e.g. 行政运行.</param>
/// <param name="Notes">Free notes from the schema, if any.</param>
/// <param name="Aliases">Other printed names by which lookup finds the code.</param>
public sealed record CodeEntry(string Code, string Name, string? Notes, IReadOnlyList<string> Aliases);

/// <summary>Collects the entries of a catalog while generated code fills it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CodeEntries
{
    private static readonly string[] NoAliases = [];
    private readonly List<CodeEntry> _entries = new(capacity: 2048);

    internal IReadOnlyList<CodeEntry> Entries => _entries;

    /// <summary>Adds a code with its official name.</summary>
    public void Add(string code, string name) => _entries.Add(new CodeEntry(code, name, null, NoAliases));

    /// <summary>Adds a code with notes and aliases.</summary>
    public void Add(string code, string name, string? notes, string[] aliases) => _entries.Add(new CodeEntry(code, name, notes, aliases));

    /// <summary>Gives a code already added a new name, notes and aliases (a project's rename, or aliases it adds).</summary>
    /// <exception cref="KeyNotFoundException">No such code was added; the generator checks this, so it means stale generated code.</exception>
    public void Replace(string code, string name, string? notes, string[] aliases) => _entries[IndexOf(code)] = new CodeEntry(code, name, notes, aliases);

    /// <summary>Removes a code already added (a project's retirement).</summary>
    /// <exception cref="KeyNotFoundException">No such code was added.</exception>
    public void Remove(string code) => _entries.RemoveAt(IndexOf(code));

    internal void AddRange(IEnumerable<CodeEntry> entries) => _entries.AddRange(entries);

    // Linear: a project changes a handful of codes, and the catalog is filled once.
    private int IndexOf(string code)
    {
        var index = _entries.FindIndex(e => string.Equals(e.Code, code, StringComparison.Ordinal));
        return index >= 0 ? index : throw new KeyNotFoundException($"no code '{code}' to change in the edition being filled");
    }
}
