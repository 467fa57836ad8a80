namespace BudgetSdk.Generators.Model;

/// <summary>
/// What one generated file is made from. Units hold no source positions: a whitespace edit in a schema file
/// leaves them equal, and the driver then skips emitting.
/// </summary>
internal abstract record EmitUnit(string Namespace)
{
    public abstract string HintName { get; }
}

/// <summary>The code type of one system (e.g. <c>FunctionalCode</c>) with its edition accessors.</summary>
internal sealed record CodeTypeUnit(
    string Namespace, string TypeName, string SystemId, string Title, EquatableArray<int> Levels, EquatableArray<int> Editions)
    : EmitUnit(Namespace)
{
    public override string HintName => $"{TypeName}.g.cs";
}

/// <summary>One edition of one system: its catalog, built from the per-类 parts, and its changes.</summary>
internal sealed record EditionUnit(
    string Namespace,
    string TypeName,
    string Title,
    int Year,
    int? BasedOn,
    EquatableArray<string> ClassCodes,
    EquatableArray<ResolvedChange> Changes,
    EquatableArray<string> Sources)
    : EmitUnit(Namespace)
{
    public override string HintName => $"{TypeName}.Edition{Year}.g.cs";
}

/// <summary>One 类 of one edition: its codes as data and a named member for each.</summary>
internal sealed record ClassUnit(
    string Namespace, string TypeName, string Title, int Year, string ClassCode, EquatableArray<ResolvedCode> Codes)
    : EmitUnit(Namespace)
{
    public override string HintName => $"{TypeName}.Edition{Year}.{ClassCode}.g.cs";
}

internal sealed record ResolvedCode(string Code, string Name, EquatableArray<string> Aliases, string? Notes, string NamePath);

internal sealed record ResolvedChange(ChangeOperation Operation, string Code, string? Name, EquatableArray<string> ReplacedBy);

/// <summary>One indicator framework with its tiers.</summary>
internal sealed record FrameworkUnit(
    string Namespace, string TypeName, string Id, int Edition, string Title, string? Source, EquatableArray<ResolvedTier> Tiers)
    : EmitUnit(Namespace)
{
    public override string HintName => $"IndicatorFrameworks.{TypeName}.g.cs";
}

internal sealed record ResolvedTier(string Name, int Level, string? Parent, bool Required);

/// <summary>The typed tier tree of one framework (<c>IndicatorTiers.Hebei2024.产出指标.数量指标</c>): its own file, so it has its own snapshot.</summary>
internal sealed record TierTreeUnit(FrameworkUnit Framework) : EmitUnit(Framework.Namespace)
{
    public override string HintName => $"IndicatorTiers.{Framework.TypeName}.g.cs";
}

/// <summary>The list of every framework and line set, so they can be enumerated and found by id.</summary>
internal sealed record DirectoryUnit(string Namespace, EquatableArray<string> FrameworkTypeNames, EquatableArray<string> LineSetMemberNames)
    : EmitUnit(Namespace)
{
    public override string HintName => "SchemaDirectory.g.cs";
}

/// <summary>The text of every form file, in path order, for the runtime's form catalogue.</summary>
internal sealed record FormSourcesUnit(string Namespace, EquatableArray<FormModel> Forms) : EmitUnit(Namespace)
{
    public override string HintName => "FormSources.g.cs";
}

/// <summary>One line set of a table template.</summary>
internal sealed record LineSetUnit(
    string Namespace, string MemberName, string Id, int Edition, string? Region, string Title, string? Notes, EquatableArray<ResolvedLine> Lines)
    : EmitUnit(Namespace)
{
    public override string HintName => $"LineSets.{MemberName}.g.cs";
}

internal sealed record ResolvedLine(string Label, string? FunctionalClass, EquatableArray<string> Keys, string? Text, string? Notes);

/// <summary>
/// An edition a referencing project's schema files define or change, as its difference from the catalog it starts from
/// (<paramref name="BaseCatalog"/>, a C# expression): the shipped codes are not generated again.
/// </summary>
internal sealed record ProjectEditionUnit(
    string Namespace,
    string TypeName,
    string Title,
    int Year,
    int? BasedOn,
    string BaseCatalog,
    string BaseDescription,
    EquatableArray<ResolvedCode> Added,
    EquatableArray<ResolvedCode> Replaced,
    EquatableArray<string> Removed,
    EquatableArray<ResolvedChange> Changes,
    EquatableArray<string> Sources)
    : EmitUnit(Namespace)
{
    /// <summary>The generated class, e.g. <c>FunctionalCodeEdition2025</c>.</summary>
    public string ClassName => ProjectClassName(TypeName, Year);

    public override string HintName => $"{ClassName}.g.cs";

    public static string ProjectClassName(string typeName, int year) => $"{typeName}Edition{year}";
}

/// <summary>The module initializer that registers a project's editions (<c>ProjectSchema.Register()</c>).</summary>
internal sealed record ProjectSchemaUnit(string Namespace, EquatableArray<ProjectEditionReference> Editions) : EmitUnit(Namespace)
{
    public override string HintName => "ProjectSchema.g.cs";
}

internal sealed record ProjectEditionReference(string TypeName, string ClassName);
