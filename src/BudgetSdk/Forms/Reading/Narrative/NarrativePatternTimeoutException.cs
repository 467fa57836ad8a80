namespace BudgetSdk.Forms.Reading.Narrative;

/// <summary>
/// A form's narrative pattern ran longer than <see cref="Schema.FormValidator.PatternTimeout"/> on a paragraph (a pattern
/// that backtracks catastrophically): the reading stops instead of hanging, naming the pattern and the line.
/// </summary>
public sealed class NarrativePatternTimeoutException : Exception
{
    /// <summary>Creates the error for a pattern and the line its paragraph starts at.</summary>
    public NarrativePatternTimeoutException(string patternId, int line, Exception inner)
        : base($"narrative pattern \"{patternId}\" timed out (over {Schema.FormValidator.PatternTimeout.TotalSeconds:0.###} s) on the paragraph starting at line {line}; the form's pattern backtracks too much — make it more specific", inner)
    {
        PatternId = patternId;
        Line = line;
    }

    /// <summary>The id of the pattern that timed out.</summary>
    public string PatternId { get; }

    /// <summary>The 1-based line the paragraph being matched starts at.</summary>
    public int Line { get; }
}
