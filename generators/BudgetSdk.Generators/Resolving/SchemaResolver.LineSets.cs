using System.Globalization;
using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Model;
using BudgetSdk.Text;

namespace BudgetSdk.Generators.Resolving;

// Line sets: a line that names a 类 must name one of the functional classification of its edition, by its name.
internal sealed partial class SchemaResolver
{
    /// <summary>The code system that line sets refer to with <c>functionalClass</c>.</summary>
    private const string FunctionalSystemId = "functional";

    private List<string> ResolveLineSets(List<LineSetModel> lineSets)
    {
        var members = new List<string>();
        foreach (var set in lineSets)
        {
            if (!CheckEdition(set.Edition, set.EditionSpan))
            {
                continue;
            }

            var member = $"{Identifiers.Pascal(set.Id)}_{set.Edition.ToString(CultureInfo.InvariantCulture)}_{set.Region ?? "National"}";
            if (members.Contains(member))
            {
                Report(SchemaDiagnostics.DuplicateDeclaration, set.EditionSpan, "line set", $"{set.Id} {set.Edition} {set.Region ?? "national"}");
                continue;
            }

            _resolved.TryGetValue((FunctionalSystemId, set.Edition), out var classes);
            var lines = new List<ResolvedLine>();
            foreach (var line in set.Lines)
            {
                if (line.FunctionalClass is string code && !CheckLineClass(set, line, code, classes))
                {
                    continue;
                }

                lines.Add(new ResolvedLine(line.Label, line.FunctionalClass, line.Keys, line.Text, line.Notes));
            }

            members.Add(member);
            _units.Add(new LineSetUnit(_namespace, member, set.Id, set.Edition, set.Region, set.Title, set.Notes, lines.ToEquatableArray()));
        }

        return members;
    }

    private bool CheckLineClass(LineSetModel set, LineModel line, string code, SortedDictionary<string, Entry>? classes)
    {
        if (classes is null || !classes.TryGetValue(code, out var entry) || code.Length != _systems[FunctionalSystemId].Levels[0])
        {
            Report(SchemaDiagnostics.InvalidLine, line.Span, $"line '{line.Label}' names 类 '{code}', which is not a 类 of {FunctionalSystemId} edition {set.Edition}; expected a 3-digit code of that edition, or null for a line with no 类 behind it");
            return false;
        }

        var printed = StripOrdinal(line.Label);
        if (!OfficialNames.Same(printed, entry.Name) && !entry.Aliases.Any(a => OfficialNames.Same(printed, a)))
        {
            Report(SchemaDiagnostics.InvalidLine, line.Span, $"line '{line.Label}' names 类 {code}, whose name is '{entry.Name}'; expected the label to print that name or one of its aliases");
            return false;
        }

        return true;
    }

    /// <summary>The label without its printed ordinal ("一、", "十二、").</summary>
    private static string StripOrdinal(string label)
    {
        var mark = label.IndexOf('、');
        return mark >= 0 && mark <= 4 ? label.Substring(mark + 1) : label;
    }
}
