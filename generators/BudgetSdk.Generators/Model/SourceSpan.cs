namespace BudgetSdk.Generators.Model;

/// <summary>
/// A place in a schema file: character offset and length plus zero-based line and column of both ends.
/// A plain value (no Roslyn <c>Location</c>) so that models stay equatable and free of compiler objects.
/// </summary>
internal readonly record struct SourceSpan(
    string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>One-based "line:column", as editors show it.</summary>
    public override string ToString() => $"{Path}({StartLine + 1},{StartColumn + 1})";
}
