using System.Globalization;
using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Resolving;

// Code lists: join the files of each (system, edition), apply the changes of derived editions, check codes.
internal sealed partial class SchemaResolver
{
    /// <summary>A code while it is being resolved; <see cref="Span"/> is where it was defined.</summary>
    private sealed class Entry
    {
        public Entry(string code, string name, EquatableArray<string> aliases, string? notes, SourceSpan span)
        {
            Code = code;
            Name = name;
            Aliases = aliases;
            Notes = notes;
            Span = span;
        }

        public string Code { get; }
        public string Name { get; set; }
        public EquatableArray<string> Aliases { get; set; }
        public string? Notes { get; set; }
        public SourceSpan Span { get; }
    }

    private readonly Dictionary<(string System, int Year), SortedDictionary<string, Entry>> _resolved = new();
    private readonly Dictionary<(string System, int Year), List<string>> _sources = new();

    private void ResolveCodeSystems(List<CodeListModel> lists)
    {
        foreach (var list in lists.Where(l => !_systems.ContainsKey(l.CodeSystem)))
        {
            Report(SchemaDiagnostics.UnknownCodeSystem, list.CodeSystemSpan, list.CodeSystem, string.Join(", ", _systems.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        }

        var known = lists.Where(l => _systems.ContainsKey(l.CodeSystem) && CheckEdition(l.Edition, l.EditionSpan)).ToList();
        foreach (var system in _manifest.CodeSystems.Where(s => _systems.TryGetValue(s.Id, out var declared) && declared == s))
        {
            var withData = new List<int>();
            foreach (var edition in InResolutionOrder())
            {
                var ofEdition = known.Where(l => l.CodeSystem == system.Id && l.Edition == edition.Year).ToList();
                var entries = ResolveEdition(system, edition, ofEdition);
                if (entries.Count == 0)
                {
                    continue;
                }

                _resolved[(system.Id, edition.Year)] = entries;
                withData.Add(edition.Year);
                EmitEdition(system, edition, entries, ofEdition);
            }

            _units.Add(new CodeTypeUnit(_namespace, system.TypeName, system.Id, system.Title, system.Levels, withData.OrderBy(y => y).ToEquatableArray()));
        }
    }

    private SortedDictionary<string, Entry> ResolveEdition(CodeSystemDeclaration system, EditionDeclaration edition, List<CodeListModel> lists)
    {
        var entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        var derived = edition.BasedOn is int baseYear && _resolved.ContainsKey((system.Id, baseYear));
        if (derived)
        {
            foreach (var inherited in _resolved[(system.Id, edition.BasedOn!.Value)].Values)
            {
                entries.Add(inherited.Code, new Entry(inherited.Code, inherited.Name, inherited.Aliases, inherited.Notes, inherited.Span));
            }
        }

        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in lists.SelectMany(l => l.Codes))
        {
            if (!CheckCodeFormat(system, code.Code, code.CodeSpan))
            {
                continue;
            }

            if (entries.TryGetValue(code.Code, out var first))
            {
                Report(SchemaDiagnostics.DuplicateCode, code.CodeSpan, code.Code, system.Id, Year(edition.Year), first.Span.ToString());
                continue;
            }

            entries.Add(code.Code, new Entry(code.Code, code.Name, code.Aliases, code.Notes, code.CodeSpan));
            added.Add(code.Code);
        }

        foreach (var change in lists.SelectMany(l => l.Changes))
        {
            // A base that is not declared is reported at its basedOn already (BDG0007); its changes are not reported again.
            if (!derived && !(edition.BasedOn is int missing && !_editions.ContainsKey(missing)))
            {
                Report(SchemaDiagnostics.InvalidChange, change.CodeSpan,
                    $"edition {edition.Year} of {system.Id} has no earlier edition to change; expected 'changes' only in an edition declared with 'basedOn' whose base has codes");
            }

            if (!derived)
            {
                continue;
            }

            ApplyChange(system, edition, change, entries, added);
        }

        CheckParents(system, edition, entries, lists);
        return entries;
    }

    private void ApplyChange(CodeSystemDeclaration system, EditionDeclaration edition, CodeChangeModel change, SortedDictionary<string, Entry> entries, HashSet<string> added)
    {
        var exists = entries.TryGetValue(change.Code, out var entry);
        switch (change.Operation)
        {
            case ChangeOperation.Add when exists:
                Report(SchemaDiagnostics.InvalidChange, change.CodeSpan, $"cannot add '{change.Code}' to {system.Id} {edition.Year}: the edition already has it; expected 'rename' to change its name");
                return;
            case ChangeOperation.Add:
                if (CheckCodeFormat(system, change.Code, change.CodeSpan))
                {
                    entries.Add(change.Code, new Entry(change.Code, change.Name!, change.Aliases, change.Notes, change.CodeSpan));
                    added.Add(change.Code);
                }

                return;
            case ChangeOperation.Rename or ChangeOperation.Retire when !exists:
                Report(SchemaDiagnostics.InvalidChange, change.CodeSpan,
                    $"cannot {(change.Operation == ChangeOperation.Rename ? "rename" : "retire")} '{change.Code}': edition {edition.BasedOn} of {system.Id} has no such code; expected an existing code");
                return;
            case ChangeOperation.Rename:
                entry!.Name = change.Name!;
                entry.Aliases = change.Aliases;
                entry.Notes = change.Notes ?? entry.Notes;
                return;
            default:
                entries.Remove(change.Code);
                return;
        }
    }

    /// <summary>After all changes: every code's parent is present, and every replacement exists.</summary>
    private void CheckParents(CodeSystemDeclaration system, EditionDeclaration edition, SortedDictionary<string, Entry> entries, List<CodeListModel> lists)
    {
        // Sorted order visits parents first; the descendants of a dropped code are dropped without another report.
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.Values.ToList())
        {
            var parent = ParentOf(system, entry.Code);
            if (parent is not null && dropped.Contains(parent))
            {
                dropped.Add(entry.Code);
                entries.Remove(entry.Code);
            }
            else if (parent is not null && !entries.ContainsKey(parent))
            {
                var retired = lists.SelectMany(l => l.Changes).FirstOrDefault(c => c.Operation == ChangeOperation.Retire && c.Code == parent);
                if (retired is not null)
                {
                    Report(SchemaDiagnostics.InvalidChange, retired.CodeSpan, $"retiring '{parent}' leaves its child '{entry.Code}' without a parent in {system.Id} {edition.Year}; expected its children retired too");
                }
                else
                {
                    Report(SchemaDiagnostics.MissingParent, entry.Span, entry.Code, parent, system.Id, Year(edition.Year));
                }

                dropped.Add(entry.Code);
                entries.Remove(entry.Code);
            }
        }

        foreach (var change in lists.SelectMany(l => l.Changes).Where(c => c.Operation == ChangeOperation.Retire))
        {
            foreach (var replacement in change.ReplacedBy.Where(r => !entries.ContainsKey(r)))
            {
                Report(SchemaDiagnostics.InvalidChange, change.CodeSpan, $"'{change.Code}' is replaced by '{replacement}', which edition {edition.Year} of {system.Id} does not have; expected codes of the new edition");
            }
        }
    }

    private bool CheckCodeFormat(CodeSystemDeclaration system, string code, SourceSpan span)
    {
        if (code.Length > 0 && code.All(c => c is >= '0' and <= '9') && system.Levels.Contains(code.Length))
        {
            return true;
        }

        Report(SchemaDiagnostics.InvalidCode, span, code, system.Title, string.Join(" or ", system.Levels));
        return false;
    }

    /// <summary>The code of the level above, or null for a top-level (类) code.</summary>
    private static string? ParentOf(CodeSystemDeclaration system, string code)
    {
        var level = IndexOf(system.Levels, code.Length);
        return level <= 0 ? null : code.Substring(0, system.Levels[level - 1]);
    }

    private static int IndexOf(EquatableArray<int> levels, int length)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] == length)
            {
                return i;
            }
        }

        return -1;
    }

    private void EmitEdition(CodeSystemDeclaration system, EditionDeclaration edition, SortedDictionary<string, Entry> entries, List<CodeListModel> lists)
    {
        var topLength = system.Levels[0];
        var classes = entries.Values.GroupBy(e => e.Code.Substring(0, topLength)).ToList();
        var all = new List<ResolvedCode>();
        foreach (var group in classes)
        {
            var codes = group.Select(e => new ResolvedCode(e.Code, e.Name, e.Aliases, e.Notes, NamePath(system, e, entries))).ToEquatableArray();
            all.AddRange(codes);
            _units.Add(new ClassUnit(_namespace, system.TypeName, system.Title, edition.Year, group.Key, codes));
        }

        var changes = lists.SelectMany(l => l.Changes)
            .Select(c => new ResolvedChange(c.Operation, c.Code, c.Name, c.ReplacedBy))
            .ToEquatableArray();
        // A derived edition keeps the sources of its base: its codes came from there.
        var inherited = edition.BasedOn is int baseYear && _sources.TryGetValue((system.Id, baseYear), out var baseSources) ? baseSources : new List<string>();
        var sourceList = inherited.Concat(lists.Select(l => l.Source).Where(s => s is not null).Select(s => s!))
            .Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
        _sources[(system.Id, edition.Year)] = sourceList;
        var sources = sourceList.ToEquatableArray();
        _catalogs.Add(new ResolvedEdition(system, edition, all, changes, sources));
        _units.Add(new EditionUnit(_namespace, system.TypeName, system.Title, edition.Year, edition.BasedOn,
            classes.Select(g => g.Key).ToEquatableArray(), changes, sources));
    }

    private static string NamePath(CodeSystemDeclaration system, Entry entry, SortedDictionary<string, Entry> entries)
    {
        var names = new List<string> { entry.Name };
        for (var parent = ParentOf(system, entry.Code); parent is not null; parent = ParentOf(system, parent))
        {
            names.Insert(0, entries.TryGetValue(parent, out var p) ? p.Name : parent);
        }

        return string.Join(" › ", names);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
