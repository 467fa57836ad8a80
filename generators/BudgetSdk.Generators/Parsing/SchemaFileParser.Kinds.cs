using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Json;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Parsing;

// One reader per file kind; see docs/schema-format.md for the shapes they accept.
internal static partial class SchemaFileParser
{
    private static ManifestModel ParseManifest(PropertyReader reader)
    {
        var systems = ReadItems(reader, reader.RequiredArray("codeSystems"), "codeSystems", item =>
        {
            var id = item.RequiredString("id");
            var typeName = item.RequiredString("typeName");
            var title = item.RequiredString("title") ?? string.Empty;
            var levelsArray = item.RequiredArray("levels");
            var levels = new List<int>();
            if (levelsArray is not null)
            {
                foreach (var level in levelsArray.Items)
                {
                    if (level is JsonNumber n && n.TryGetInt32(out var digits) && digits > 0 && (levels.Count == 0 || digits > levels[levels.Count - 1]))
                    {
                        levels.Add(digits);
                    }
                    else
                    {
                        item.Report(level.Span, "a level is the digit count of its codes; expected increasing positive integers such as [3, 5, 7]");
                    }
                }
            }

            typeName = CheckTypeName(item, typeName, ReservedNames.CodeSystemClash);
            return id is null || typeName is null || levels.Count == 0
                ? null
                : new CodeSystemDeclaration(id, typeName, title, levels.ToEquatableArray(), item.SpanOf("id"), item.SpanOf("typeName"));
        });

        var editions = ReadItems(reader, reader.RequiredArray("editions"), "editions", item =>
        {
            var year = item.RequiredInt("year");
            var basedOn = item.OptionalInt("basedOn");
            return year is null ? null : new EditionDeclaration(year.Value, basedOn, item.SpanOf("year"), item.SpanOf("basedOn"));
        });

        return new ManifestModel(systems.ToEquatableArray(), editions.ToEquatableArray(), reader.Object.Span);
    }

    /// <summary>The typeName if generated code can use it; otherwise null, after BDG0009 at the typeName.</summary>
    private static string? CheckTypeName(PropertyReader reader, string? typeName, Func<string, string?> clash)
    {
        if (typeName is null)
        {
            return null;
        }

        if (!Identifiers.IsValidTypeName(typeName))
        {
            reader.Report(reader.SpanOf("typeName"), $"typeName '{typeName}' is not a C# type name; expected letters, digits or '_', not starting with a digit");
            return null;
        }

        if (Identifiers.IsKeyword(typeName))
        {
            reader.Report(reader.SpanOf("typeName"), $"typeName '{typeName}' is a C# keyword; expected a type name that is not one");
            return null;
        }

        if (clash(typeName) is string what)
        {
            reader.Report(reader.SpanOf("typeName"), $"typeName '{typeName}' clashes with {what} in the generated code; expected a name of its own");
            return null;
        }

        return typeName;
    }

    private static CodeListModel? ParseCodeList(PropertyReader reader)
    {
        var system = reader.RequiredString("codeSystem");
        var edition = reader.RequiredInt("edition");
        var source = reader.OptionalString("source");
        var codes = ReadItems(reader, reader.OptionalArray("codes"), "codes", item =>
        {
            var code = item.RequiredString("code");
            var name = RequiredName(item, "Code", code ?? "?");
            return code is null || name is null
                ? null
                : new CodeEntryModel(code, name, item.StringList("aliases"), item.OptionalString("notes"), item.SpanOf("code"), item.SpanOf("name"));
        });

        var changes = ReadItems(reader, reader.OptionalArray("changes"), "changes", ParseChange);
        if (reader.Object.Find("codes") is null && reader.Object.Find("changes") is null)
        {
            reader.Report(reader.Object.Span, "a code list has neither 'codes' nor 'changes'; expected at least one of them");
        }

        return system is null || edition is null
            ? null
            : new CodeListModel(system, reader.SpanOf("codeSystem"), edition.Value, reader.SpanOf("edition"), source, codes.ToEquatableArray(), changes.ToEquatableArray())
            {
                BasedOn = reader.OptionalInt("basedOn"),
                BasedOnSpan = reader.SpanOf("basedOn"),
            };
    }

    private static CodeChangeModel? ParseChange(PropertyReader item)
    {
        var op = item.RequiredString("op");
        var code = item.RequiredString("code");
        ChangeOperation operation;
        switch (op)
        {
            case "add": operation = ChangeOperation.Add; break;
            case "rename": operation = ChangeOperation.Rename; break;
            case "retire": operation = ChangeOperation.Retire; break;
            case null: return null;
            default:
                item.Report(item.SpanOf("op"), $"op '{op}' is unknown; expected add, rename or retire");
                return null;
        }

        string? name = null;
        if (operation != ChangeOperation.Retire)
        {
            name = RequiredName(item, "Code", code ?? "?");
            if (name is null)
            {
                return null;
            }
        }

        return code is null
            ? null
            : new CodeChangeModel(operation, code, name, item.StringList("aliases"), item.OptionalString("notes"), item.StringList("replacedBy"), item.SpanOf("code"), item.SpanOf("name"));
    }

    private static FrameworkModel? ParseFramework(PropertyReader reader)
    {
        var id = reader.RequiredString("id");
        var typeName = reader.RequiredString("typeName");
        var edition = reader.RequiredInt("edition");
        var title = reader.RequiredString("title") ?? string.Empty;
        typeName = CheckTypeName(reader, typeName, ReservedNames.FrameworkClash);
        var tiers = ReadItems(reader, reader.RequiredArray("tiers"), "tiers", item =>
        {
            var name = RequiredName(item, "Tier", "?");
            var level = item.RequiredInt("level");
            var parent = item.OptionalString("parent");
            if (level is not null && (level < 1 || level > 2))
            {
                item.Report(item.SpanOf("level"), $"tier level {level} is not listed in data; expected 1 (一级) or 2 (二级): 三级 indicators are free text");
                return null;
            }

            if (level == 2 && parent is null)
            {
                item.Report(item.Object.Span, $"二级 tier '{name}' has no 'parent'; expected the name of its 一级 tier");
                return null;
            }

            if (level == 1 && parent is not null)
            {
                item.Report(item.SpanOf("parent"), $"一级 tier '{name}' has a parent; expected none");
                return null;
            }

            // Whether a project must have indicators under a tier is a 一级 question; 二级 tiers are never required.
            var required = item.OptionalBool("required");
            if (level == 2 && required is not null)
            {
                item.Report(item.SpanOf("required"), $"二级 tier '{name}' has 'required'; expected it only on 一级 tiers");
                return null;
            }

            return name is null || level is null
                ? null
                : new TierModel(name, level.Value, parent, level == 1 && required != false, item.SpanOf("name"), item.SpanOf("parent"));
        });

        return id is null || typeName is null || edition is null
            ? null
            : new FrameworkModel(id, typeName, reader.SpanOf("typeName"), edition.Value, reader.SpanOf("edition"), title, reader.OptionalString("source"), tiers.ToEquatableArray());
    }
}
