using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Json;

/// <summary>Malformed JSON: what was found, what was expected, and where.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, SourceSpan span) : base(message) => Span = span;

    public SourceSpan Span { get; }
}
