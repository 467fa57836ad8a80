using System.Text;
using BudgetSdk.Templates;

namespace BudgetSdk.Rendering.Document;

/// <summary>
/// The sentences of a form (template part <c>sentences</c>): each line's key names a sentence and its text is the
/// sentence with <c>{placeholders}</c>, filled here with the figures the composer computed. A placeholder the writer
/// does not supply, or a sentence the part lacks, is a schema error named in the exception, never a blank in print.
/// </summary>
internal sealed class Sentences
{
    private readonly TemplateLineSet _set;

    public Sentences(DisclosureTemplate template) => _set = template.Sentences;

    /// <summary>The sentence <paramref name="key"/> with its placeholders replaced by <paramref name="values"/>.</summary>
    public string Fill(string key, params (string Name, string Value)[] values)
    {
        var pattern = _set.Lines.FirstOrDefault(l => l.Keys.Contains(key))?.Text
            ?? throw new InvalidOperationException($"the template part {_set} has no sentence '{key}'");
        var text = new StringBuilder(pattern.Length + 64);
        var at = 0;
        while (at < pattern.Length)
        {
            var open = pattern.IndexOf('{', at);
            if (open < 0)
            {
                text.Append(pattern, at, pattern.Length - at);
                break;
            }

            var close = pattern.IndexOf('}', open);
            if (close < 0)
            {
                throw new InvalidOperationException($"sentence '{key}' of {_set}: '{{' at {open} is never closed");
            }

            var name = pattern[(open + 1)..close];
            var value = Array.Find(values, v => v.Name == name).Value
                ?? throw new InvalidOperationException($"sentence '{key}' of {_set}: no value for the placeholder {{{name}}} (expected one of {string.Join(", ", values.Select(v => v.Name))})");
            text.Append(pattern, at, open - at).Append(value);
            at = close + 1;
        }

        return text.ToString();
    }

    /// <summary>The placeholders a sentence's text names, in order (for checking a schema's sentences).</summary>
    public static IEnumerable<string> Placeholders(string pattern)
    {
        for (var open = pattern.IndexOf('{'); open >= 0; open = pattern.IndexOf('{', open + 1))
        {
            var close = pattern.IndexOf('}', open);
            if (close > open)
            {
                yield return pattern[(open + 1)..close];
            }
        }
    }
}
