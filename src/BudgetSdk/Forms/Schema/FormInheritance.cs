using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Schema;

/// <summary>
/// A form file <c>basedOn</c> another form: a county's form that is its province's but for one table (青龙满族自治县's 2024
/// “三公” table), or a year's form that changes some tables of another year's. The file states its own id, title, region and
/// years; each table it gives replaces the base's table of that id, in the base's place; each identity replaces the base's
/// of that id or is added; kinds, header and narrative, when given, replace the base's. The result is checked as a whole.
/// </summary>
internal static class FormInheritance
{
    /// <summary>The base with what the file restates (<paramref name="restated"/>: its own tables and identities only).</summary>
    public static FormTemplate Merge(JsonCursor root, FormTemplate parent, FormTemplate restated)
    {
        var (tables, tablePaths) = Overlay(parent.Tables, restated.Tables, t => t.Id, parent.Id, "tables", (t, table) => throw root.Required("tables").Items()[t].Required("id").Error(
            $"is \"{table.Id}\", a table {parent.Id} does not have; expected one of {string.Join(", ", parent.Tables.Select(x => x.Id))} (a form based on another replaces its tables)"));
        var (identities, identityPaths) = Overlay(parent.Identities, restated.Identities, i => i.Id, parent.Id, "identities", null);
        var form = restated with { Tables = tables, Identities = identities, BasedOn = parent.Id };
        FormValidator.Check(root, form, t => tablePaths[t], i => identityPaths[i]);
        return form;
    }

    // The base's items with the file's replacing those of the same id; an id the base lacks is added, or refused by `unknown`.
    // Each item's JSON path says which file holds it.
    private static (List<T> Items, List<string> Paths) Overlay<T>(IReadOnlyList<T> inherited, IReadOnlyList<T> given, Func<T, string> id, string parent, string property, Action<int, T>? unknown)
    {
        var items = inherited.ToList();
        var paths = items.Select((_, i) => $"$.{property}[{i}] of {parent}").ToList();
        for (var g = 0; g < given.Count; g++)
        {
            var at = items.FindIndex(x => id(x) == id(given[g]));
            if (at < 0)
            {
                unknown?.Invoke(g, given[g]);
                items.Add(given[g]);
                paths.Add($"$.{property}[{g}]");
                continue;
            }

            items[at] = given[g];
            paths[at] = $"$.{property}[{g}]";
        }

        return (items, paths);
    }
}
