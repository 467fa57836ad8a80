using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Reading.Narrative;

/// <summary>What a document's explanatory text (编制说明, “三公”经费说明) quotes and compares, in printed order.</summary>
/// <param name="Quotes">Every sentence matching one of the form's <see cref="NarrativeForm.Quotes"/>, in printed order.</param>
/// <param name="Changes">Every sentence matching one of the form's <see cref="NarrativeForm.Changes"/>, in printed order.</param>
public sealed record NarrativeReading(IReadOnlyList<FormQuote> Quotes, IReadOnlyList<FormChange> Changes);

/// <summary>
/// Reads a document's narrative by its form's patterns: joins each paragraph's wrapped lines, matches every quote and change
/// pattern, parses the amounts (万元 with thousands separators) and resolves 类/款/项 names to the cell's code.
/// </summary>
public static class NarrativeReader
{
    /// <summary>Reads the quotes and changes of a document.</summary>
    /// <param name="lines">The whole document text split on '\n', form feeds removed; element i is line i+1.</param>
    /// <param name="form">The form whose <see cref="FormTemplate.Narrative"/> patterns are matched.</param>
    /// <param name="year">The budget year: chooses the functional-code edition names are resolved in.</param>
    /// <exception cref="NarrativePatternTimeoutException">A pattern ran past <see cref="Schema.FormValidator.PatternTimeout"/>.</exception>
    public static NarrativeReading Read(IReadOnlyList<string> lines, FormTemplate form, int year)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(form);
        var paragraphs = NarrativeParagraphs.Split(lines);
        var names = new NarrativeCodeNames(year);
        var quotes = new List<(int Order, FormQuote Quote)>();
        var changes = new List<(int Order, FormChange Change)>();
        foreach (var pattern in form.Narrative.Quotes)
        {
            var regex = NarrativePatterns.Compile(pattern.Id, pattern.Pattern);
            foreach (var (paragraph, match) in NarrativePatterns.Matches(pattern.Id, regex, paragraphs))
            {
                quotes.Add((Order(paragraph, match.Index), NarrativeMatches.Quote(pattern, paragraph, match, names)));
            }
        }

        foreach (var pattern in form.Narrative.Changes)
        {
            var regex = NarrativePatterns.Compile(pattern.Id, pattern.Pattern);
            foreach (var (paragraph, match) in NarrativePatterns.Matches(pattern.Id, regex, paragraphs))
            {
                changes.Add((Order(paragraph, match.Index), NarrativeMatches.Change(pattern, paragraph, match)));
            }
        }

        // Printed order across patterns: by paragraph, then by where in it the match starts (a stable sort keeps the
        // form's pattern order for two matches starting at the same character).
        return new NarrativeReading(
            quotes.OrderBy(q => q.Order).Select(q => q.Quote).ToArray(),
            changes.OrderBy(c => c.Order).Select(c => c.Change).ToArray());

        int Order(NarrativeParagraph paragraph, int index) => paragraph.Order * 100_000 + Math.Min(index, 99_999);
    }
}
