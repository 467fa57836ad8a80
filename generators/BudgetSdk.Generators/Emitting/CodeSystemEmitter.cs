using BudgetSdk.Generators.Model;
using static BudgetSdk.Generators.Emitting.SourceWriter;

namespace BudgetSdk.Generators.Emitting;

/// <summary>
/// Emits a code system: its type (one file), each edition's catalog (one file each) and each 类 of an edition
/// (one file each: the codes as data plus a named member per code). The runtime base types in
/// <c>BudgetSdk.Codes</c> do the work; generated code is data and names.
/// </summary>
internal static class CodeSystemEmitter
{
    private const string Runtime = "global::BudgetSdk.Codes";

    public static string EmitType(CodeTypeUnit unit)
    {
        var t = unit.TypeName;
        var w = new SourceWriter(unit.Namespace);
        var editions = unit.Editions.Count > 0 ? string.Join(", ", unit.Editions) : "none";
        w.Doc($"A code of {Xml(unit.Title)} (<c>{unit.SystemId}</c>): levels of {string.Join("/", unit.Levels)} digits.",
            $"One instance per code and edition. Editions: {editions}; named codes are members of the nested <c>EditionYYYY</c> classes.");
        w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({t}.JsonConverter))]");
        w.Line($"public sealed partial class {t} : {Runtime}.ClassificationCode<{t}>, global::System.ISpanParsable<{t}>");
        w.Open();
        w.Line($"private {t}({Runtime}.CodeCatalog<{t}> catalog, {Runtime}.CodeEntry entry) : base(catalog, entry) {{ }}");
        w.Line();
        w.Doc($"The code system: {Xml(unit.Title)}.");
        w.Line($"public static {Runtime}.CodeSystemInfo CodeSystem {{ get; }} = new({Literal(unit.SystemId)}, {Literal(unit.Title)}, new int[] {{ {string.Join(", ", unit.Levels)} }});");
        w.Line();
        w.Line($"private static readonly int[] ShippedEditions = new int[] {{ {string.Join(", ", unit.Editions)} }};");
        w.Line();
        w.Doc("The editions (budget years) with codes, oldest first: the shipped ones and those the project's schema files define.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<int> Editions => {Runtime}.CodeEditions<{t}>.YearsWith(ShippedEditions);");
        w.Line();
        EmitLatest(w, unit);

        w.Doc("The catalog of an edition, if the schema has it.");
        w.Line($"public static bool TryGetEdition(int year, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Runtime}.CodeCatalog<{t}>? catalog)");
        w.Open();
        w.Line($"if ({Runtime}.CodeEditions<{t}>.TryGet(year, out catalog))");
        w.Open();
        w.Line("return true;");
        w.Close();
        w.Line();
        w.Line("catalog = year switch");
        w.Open();
        foreach (var year in unit.Editions)
        {
            w.Line($"{year} => Edition{year}.Catalog,");
        }

        w.Line("_ => null,");
        w.Close(";");
        w.Line("return catalog is not null;");
        w.Close();
        w.Line();
        w.Doc("The catalog of an edition.", "Throws <see cref=\"global::System.ArgumentOutOfRangeException\"/> naming the editions there are.");
        w.Line($"public static {Runtime}.CodeCatalog<{t}> ForEdition(int year)");
        w.Line($"    => TryGetEdition(year, out var catalog) ? catalog : throw new global::System.ArgumentOutOfRangeException(nameof(year), year, {Literal($"{unit.Title} has no edition with that year; expected one of: ")} + (Editions.Count > 0 ? global::System.String.Join(\", \", Editions) : \"(none)\"));");
        w.Line();
        EmitParsing(w, t);
        w.Doc($"Reads and writes a {Xml(unit.Title)} code as its code string; reading uses the newest edition unless constructed with a year.");
        w.Line($"public sealed class JsonConverter : {Runtime}.CodeJsonConverter<{t}>");
        w.Open();
        w.Doc("A converter for the newest edition.");
        w.Line("public JsonConverter() : base(Latest) { }");
        w.Line();
        w.Doc("A converter for the given edition.");
        w.Line("public JsonConverter(int edition) : base(ForEdition(edition)) { }");
        w.Close();
        w.Close();
        return w.Finish();
    }

    /// <summary>
    /// <c>Latest</c>, which parsing and the JSON converter go through. A declared system whose schema has no codes yet
    /// still gets a type that compiles (as a framework with no tiers does), with no editions: <c>Latest</c> then throws,
    /// saying what the schema lacks, rather than the build failing in generated code the user cannot fix.
    /// </summary>
    private static void EmitLatest(SourceWriter w, CodeTypeUnit unit)
    {
        if (unit.Editions.Count > 0)
        {
            var latest = unit.Editions[unit.Editions.Count - 1];
            w.Doc($"The newest edition: {latest}, or a later one the project's schema files define.");
            w.Line($"public static {Runtime}.CodeCatalog<{unit.TypeName}> Latest => {Runtime}.CodeEditions<{unit.TypeName}>.NewestOr(Edition{latest}.Catalog);");
        }
        else
        {
            var message = $"{unit.TypeName} has no editions: the schema declares code system '{unit.SystemId}' ({unit.Title}) but lists no codes for it in any edition; expected a codes file with codes of a declared edition";
            w.Doc("The newest edition; this schema has none, so this throws.", "Throws <see cref=\"global::System.InvalidOperationException\"/>: the schema lists no codes for this system.");
            w.Line($"public static {Runtime}.CodeCatalog<{unit.TypeName}> Latest => throw new global::System.InvalidOperationException({Literal(message)});");
        }

        w.Line();
    }

    private static void EmitParsing(SourceWriter w, string t)
    {
        w.Doc("Parses a code of the newest edition.", "Throws <see cref=\"global::System.FormatException\"/> naming the input when it is not a code of that edition.");
        w.Line($"public static {t} Parse(string s) => Latest.Parse(s);");
        w.Line();
        w.Doc("Parses a code of the newest edition without allocating.");
        w.Line($"public static {t} Parse(global::System.ReadOnlySpan<char> s) => Latest.Parse(s);");
        w.Line();
        w.Doc("Parses a code of the newest edition; false when it is not one.");
        w.Line($"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {t}? result)");
        w.Line("    => Latest.TryParse(s, out result);");
        w.Line();
        w.Doc("Parses a code of the newest edition without allocating; false when it is not one.");
        w.Line($"public static bool TryParse(global::System.ReadOnlySpan<char> s, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {t}? result)");
        w.Line("    => Latest.TryParse(s, out result);");
        w.Line();
        w.Line($"static {t} global::System.IParsable<{t}>.Parse(string s, global::System.IFormatProvider? provider) => Parse(s);");
        w.Line();
        w.Line($"static bool global::System.IParsable<{t}>.TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, global::System.IFormatProvider? provider, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {t} result)");
        w.Line("    => TryParse(s, out result);");
        w.Line();
        w.Line($"static {t} global::System.ISpanParsable<{t}>.Parse(global::System.ReadOnlySpan<char> s, global::System.IFormatProvider? provider) => Parse(s);");
        w.Line();
        w.Line($"static bool global::System.ISpanParsable<{t}>.TryParse(global::System.ReadOnlySpan<char> s, global::System.IFormatProvider? provider, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {t} result)");
        w.Line("    => TryParse(s, out result);");
        w.Line();
    }

    public static string EmitEdition(EditionUnit unit)
    {
        var t = unit.TypeName;
        var w = new SourceWriter(unit.Namespace);
        w.Line($"partial class {t}");
        w.Open();
        var based = unit.BasedOn is int b ? $", derived from edition {b} by {unit.Changes.Count} change(s)" : string.Empty;
        w.Doc($"{Xml(unit.Title)}, edition {unit.Year}{based}.",
            unit.Sources.Count > 0 ? "Source: " + Xml(string.Join("; ", unit.Sources)) : null);
        w.Line($"public static partial class Edition{unit.Year}");
        w.Open();
        w.Doc($"Every code of edition {unit.Year}, in code order, with lookups by code and by name.");
        w.Line($"public static {Runtime}.CodeCatalog<{t}> Catalog {{ get; }} = new(");
        w.Line($"    CodeSystem, {unit.Year}, {(unit.BasedOn is int y ? Int(y) : "null")}, Fill, static (catalog, entry) => new {t}(catalog, entry),");
        ChangesAndSources(w, unit.Changes, unit.Sources);
        w.Line();
        w.Line($"private static void Fill({Runtime}.CodeEntries entries)");
        w.Open();
        foreach (var classCode in unit.ClassCodes)
        {
            w.Line($"Class{classCode}(entries);");
        }

        w.Close();
        w.Close();
        w.Close();
        return w.Finish();
    }

    public static string EmitClass(ClassUnit unit)
    {
        var t = unit.TypeName;
        var w = new SourceWriter(unit.Namespace);
        w.Line($"partial class {t}");
        w.Open();
        w.Line($"partial class Edition{unit.Year}");
        w.Open();
        w.Line($"private static void Class{unit.ClassCode}({Runtime}.CodeEntries entries)");
        w.Open();
        foreach (var code in unit.Codes)
        {
            var extra = code.Notes is null && code.Aliases.Count == 0 ? string.Empty : $", {Literal(code.Notes)}, {Array(code.Aliases)}";
            w.Line($"entries.Add({Literal(code.Code)}, {Literal(code.Name)}{extra});");
        }

        w.Close();
        foreach (var code in unit.Codes)
        {
            Member(w, t, code, $"{LevelName(code.Code.Length, unit.ClassCode.Length)} of {Xml(unit.Title)} {unit.Year}");
        }

        w.Close();
        w.Close();
        return w.Finish();
    }

    /// <summary>The last two arguments of a catalog: its changes from its base and its sources.</summary>
    internal static void ChangesAndSources(SourceWriter w, EquatableArray<ResolvedChange> changes, EquatableArray<string> sources)
    {
        w.Line($"    new {Runtime}.CodeChange[]");
        w.Line("    {");
        foreach (var change in changes)
        {
            w.Line($"        new({Runtime}.CodeChangeKind.{change.Operation}, {Literal(change.Code)}, {Literal(change.Name)}, {Array(change.ReplacedBy)}),");
        }

        w.Line("    },");
        w.Line($"    {Array(sources)});");
    }

    /// <summary>The named member of one code, after a blank line; <paramref name="where"/> opens its remarks.</summary>
    internal static void Member(SourceWriter w, string type, ResolvedCode code, string where)
    {
        w.Line();
        var aliases = code.Aliases.Count > 0 ? " Also printed as: " + Xml(string.Join("、", code.Aliases)) + "." : string.Empty;
        w.Doc($"<c>{code.Code}</c> {Xml(code.Name)}", $"{where}: {Xml(code.NamePath)}.{aliases}");
        w.Line($"public static {type} {Identifiers.ForCode(code.Name, code.Code)} => Catalog.Get({Literal(code.Code)});");
    }

    /// <summary>类/款/项 by depth; the first level's length tells the depth of the others.</summary>
    private static string LevelName(int length, int classLength)
        => length == classLength ? "类" : length <= classLength + 2 ? "款" : "项";
}
