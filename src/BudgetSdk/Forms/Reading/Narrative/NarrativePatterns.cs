using System.Text.RegularExpressions;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Forms.Reading.Narrative;

/// <summary>Compiles a form's patterns with the schema's timeout and matches them paragraph by paragraph.</summary>
internal static class NarrativePatterns
{
    public static Regex Compile(string id, string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, FormValidator.PatternTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"narrative pattern \"{id}\" is not a .NET regular expression: {e.Message}", e);
        }
    }

    /// <summary>Every match of the pattern in every paragraph, in paragraph order; a timeout becomes a clear error.</summary>
    public static IEnumerable<(NarrativeParagraph Paragraph, Match Match)> Matches(string id, Regex regex, IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            List<Match> found;
            try
            {
                // Materialised inside the try: the timeout is raised while the matches are enumerated.
                found = regex.Matches(paragraph.Text).Where(m => m.Success).ToList();
            }
            catch (RegexMatchTimeoutException e)
            {
                throw new NarrativePatternTimeoutException(id, paragraph.FirstLine, e);
            }

            foreach (var match in found)
            {
                yield return (paragraph, match);
            }
        }
    }
}
