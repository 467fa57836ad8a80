namespace BudgetSdk.Generators.Model;

/// <summary>
/// One parsed <c>*.budget.json</c> file: exactly one of the content models is set, according to its kind.
/// A file that could not be read has none set and carries the diagnostics that say why.
/// </summary>
internal sealed record SchemaFile(
    string Path,
    ManifestModel? Manifest,
    CodeListModel? Codes,
    FrameworkModel? Framework,
    LineSetModel? LineSet,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Where the file's <c>kind</c> is written (the whole file when it has none).</summary>
    public SourceSpan KindSpan { get; init; }

    /// <summary>The form the file describes (<c>kind: form</c>), or null.</summary>
    public FormModel? Form { get; init; }
}

/// <summary>
/// A region's form (<c>kind: form</c>): passed through as its text, which the runtime parses (BudgetSdk.Forms.Schema.FormParser)
/// and checks by JSON path; the generator checks only what it needs to list the form.
/// </summary>
internal sealed record FormModel(string Id, string FileName, string Text);

/// <summary>The code systems and editions the schema declares (<c>kind: manifest</c>).</summary>
internal sealed record ManifestModel(
    EquatableArray<CodeSystemDeclaration> CodeSystems,
    EquatableArray<EditionDeclaration> Editions,
    SourceSpan Span);

/// <summary>A code system such as 支出功能分类, with the digit count of each level.</summary>
internal sealed record CodeSystemDeclaration(
    string Id, string TypeName, string Title, EquatableArray<int> Levels, SourceSpan IdSpan, SourceSpan TypeNameSpan);

/// <summary>An edition (budget year), optionally derived from another by changes.</summary>
internal sealed record EditionDeclaration(int Year, int? BasedOn, SourceSpan YearSpan, SourceSpan BasedOnSpan);

/// <summary>A list (or part of one) of codes of one system and edition (<c>kind: codes</c>).</summary>
internal sealed record CodeListModel(
    string CodeSystem,
    SourceSpan CodeSystemSpan,
    int Edition,
    SourceSpan EditionSpan,
    string? Source,
    EquatableArray<CodeEntryModel> Codes,
    EquatableArray<CodeChangeModel> Changes)
{
    /// <summary>
    /// The edition's base when the file declares the edition itself (<c>basedOn</c> in a codes file): how a project that
    /// references BudgetSdk adds an edition, having no manifest of its own.
    /// </summary>
    public int? BasedOn { get; init; }

    /// <summary>Where <see cref="BasedOn"/> is written (the file's object when it is not).</summary>
    public SourceSpan BasedOnSpan { get; init; }
}

internal sealed record CodeEntryModel(
    string Code, string Name, EquatableArray<string> Aliases, string? Notes, SourceSpan CodeSpan, SourceSpan NameSpan);

internal enum ChangeOperation { Add, Rename, Retire }

internal sealed record CodeChangeModel(
    ChangeOperation Operation,
    string Code,
    string? Name,
    EquatableArray<string> Aliases,
    string? Notes,
    EquatableArray<string> ReplacedBy,
    SourceSpan CodeSpan,
    SourceSpan NameSpan);

/// <summary>A performance-indicator framework (<c>kind: indicatorFramework</c>).</summary>
internal sealed record FrameworkModel(
    string Id,
    string TypeName,
    SourceSpan TypeNameSpan,
    int Edition,
    SourceSpan EditionSpan,
    string Title,
    string? Source,
    EquatableArray<TierModel> Tiers);

/// <summary>A 一级 or 二级 tier; <paramref name="Required"/> (一级 only) says every project must have indicators under it.</summary>
internal sealed record TierModel(string Name, int Level, string? Parent, bool Required, SourceSpan NameSpan, SourceSpan ParentSpan);

/// <summary>Fixed printed lines of a table template (<c>kind: lineSet</c>).</summary>
internal sealed record LineSetModel(
    string Id,
    int Edition,
    SourceSpan EditionSpan,
    string? Region,
    string Title,
    string? Notes,
    EquatableArray<LineModel> Lines);

/// <summary>
/// One printed line: its label, the 类 behind it, the keys it sums or stands for (empty when none) and a
/// paragraph of text (e.g. a glossary definition).
/// </summary>
internal sealed record LineModel(
    string Label, string? FunctionalClass, EquatableArray<string> Keys, string? Text, string? Notes, SourceSpan Span);
