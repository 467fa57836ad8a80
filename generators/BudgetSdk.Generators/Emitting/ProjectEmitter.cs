using BudgetSdk.Generators.Model;
using static BudgetSdk.Generators.Emitting.SourceWriter;

namespace BudgetSdk.Generators.Emitting;

/// <summary>
/// Emits what a referencing project's schema files add: per edition a class with its catalog, derived at run time from
/// the catalog it starts from, and a member for each code the project adds or renames; and <c>ProjectSchema</c>, whose
/// module initializer registers the editions with BudgetSdk.
/// </summary>
internal static class ProjectEmitter
{
    private const string Runtime = "global::BudgetSdk.Codes";

    public static string EmitEdition(ProjectEditionUnit unit)
    {
        var t = $"{Runtime}.{unit.TypeName}";
        var w = new SourceWriter(unit.Namespace);
        var count = unit.Added.Count + unit.Replaced.Count + unit.Removed.Count;
        w.Doc($"{Xml(unit.Title)}, edition {unit.Year}, as this project's schema files define it: {Xml(unit.BaseDescription)} with {count} code(s) added, changed or removed.",
            unit.Sources.Count > 0 ? "Source: " + Xml(string.Join("; ", unit.Sources)) : null);
        w.Line($"public static partial class {unit.ClassName}");
        w.Open();
        w.Doc($"Every code of edition {unit.Year}, in code order; <c>ProjectSchema.Register()</c> makes it the one <c>{unit.TypeName}.ForEdition({unit.Year})</c> returns.");
        w.Line($"public static {Runtime}.CodeCatalog<{t}> Catalog {{ get; }} = {unit.BaseCatalog}.Derive(");
        w.Line($"    {unit.Year}, {(unit.BasedOn is int b ? Int(b) : "null")}, Change,");
        CodeSystemEmitter.ChangesAndSources(w, unit.Changes, unit.Sources);
        w.Line();
        w.Line($"private static void Change({Runtime}.CodeEntries entries)");
        w.Open();
        foreach (var code in unit.Removed)
        {
            w.Line($"entries.Remove({Literal(code)});");
        }

        foreach (var code in unit.Replaced)
        {
            w.Line($"entries.Replace({Literal(code.Code)}, {Literal(code.Name)}, {Literal(code.Notes)}, {Array(code.Aliases)});");
        }

        foreach (var code in unit.Added)
        {
            w.Line($"entries.Add({Literal(code.Code)}, {Literal(code.Name)}, {Literal(code.Notes)}, {Array(code.Aliases)});");
        }

        w.Close();
        foreach (var code in unit.Added.Concat(unit.Replaced).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            CodeSystemEmitter.Member(w, t, code, $"{Xml(unit.Title)} {unit.Year}");
        }

        w.Close();
        return w.Finish();
    }

    public static string EmitRegistration(ProjectSchemaUnit unit)
    {
        var w = new SourceWriter(unit.Namespace);
        w.Doc("The editions this project's schema files define, registered with BudgetSdk when the assembly loads.");
        w.Line("public static class ProjectSchema");
        w.Open();
        w.Doc("Registers the project's editions; the module initializer calls this before any code of the assembly runs, and calling it again does nothing.");
        w.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        w.Line("public static void Register()");
        w.Open();
        foreach (var edition in unit.Editions)
        {
            w.Line($"{Runtime}.CodeEditions<{Runtime}.{edition.TypeName}>.Register({edition.ClassName}.Catalog);");
        }

        w.Close();
        w.Close();
        return w.Finish();
    }
}
