using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Check 3: the note under a table that may print empty. The form's <see cref="FormTable.EmptyNote"/> templates tell what each
/// table's note says; what tells them apart (一般公共 / 政府性基金 / 国有资本经营 in Shanghai's) is the text between the prefix and
/// the suffix all of them share. A note carrying another table's distinguishing text, and not its own, speaks of another fund; a
/// table with amounts whose note carries the shared suffix (故本表为空表。) is said to be empty while it is not.
/// </summary>
internal static class EmptyNoteCheck
{
    public static void Check(FormDocument document, List<Finding> findings)
    {
        var templates = document.Form.Tables.Where(t => t.EmptyNote is not null).ToDictionary(t => t.Id, t => Normal(Fill(document, t.EmptyNote!)));
        if (templates.Count == 0)
        {
            return;
        }

        var prefix = Common(templates.Values, fromEnd: false);
        var suffix = Common(templates.Values, fromEnd: true);
        foreach (var printed in document.Tables)
        {
            if (printed.Note is not { } note || !templates.TryGetValue(printed.TableId, out var own))
            {
                continue;
            }

            var text = Normal(note.Text);
            var expected = Fill(document, document.Form.Table(printed.TableId)!.EmptyNote!);
            var location = $"{printed.TableId}/note";
            if (!printed.IsEmpty)
            {
                if (suffix.Length > 0 && text.Contains(suffix, StringComparison.Ordinal))
                {
                    findings.Add(FindingText.Of(FormRules.EmptyNote, location, note.Text, null, $"{printed.TableId} prints amounts but its note says the table is empty", note.Line));
                }

                continue;
            }

            if (text == own)
            {
                continue;
            }

            var mine = Distinct(own, prefix, suffix);
            var others = templates.Where(t => t.Key != printed.TableId).Select(t => (t.Key, Text: Distinct(t.Value, prefix, suffix)))
                .Where(t => t.Text.Length > 0 && text.Contains(t.Text, StringComparison.Ordinal))
                .ToArray();
            if (others.Length > 0 && (mine.Length == 0 || !text.Contains(mine, StringComparison.Ordinal)))
            {
                var names = string.Join(", ", others.Select(o => $"{o.Text} ({o.Key})"));
                findings.Add(FindingText.Of(FormRules.EmptyNote, location, note.Text, expected, $"the note of empty {printed.TableId} speaks of {names}, not of {mine}", note.Line));
            }
        }
    }

    /// <summary>The template with <c>{year}</c> and <c>{kind}</c> filled from the header (the kind's first label).</summary>
    private static string Fill(FormDocument document, string template)
    {
        var kind = document.Form.Kinds.FirstOrDefault(k => k.Id == document.Header.Kind)?.Labels.FirstOrDefault() ?? string.Empty;
        return template.Replace("{year}", document.Header.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{kind}", kind, StringComparison.Ordinal);
    }

    /// <summary>White space dropped and full-width colons and brackets made half-width, as printings differ in them.</summary>
    private static string Normal(string text)
        => new string(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '：' => ':', '（' => '(', '）' => ')', _ => c }).ToArray());

    private static string Distinct(string text, string prefix, string suffix)
        => text.Length >= prefix.Length + suffix.Length ? text[prefix.Length..(text.Length - suffix.Length)] : string.Empty;

    /// <summary>The prefix (or suffix) every text shares; empty for a single text, which has nothing to tell apart.</summary>
    private static string Common(IEnumerable<string> texts, bool fromEnd)
    {
        var all = texts.ToArray();
        if (all.Length < 2)
        {
            return string.Empty;
        }

        var length = all.Min(t => t.Length);
        var n = 0;
        while (n < length && all.All(t => (fromEnd ? t[t.Length - 1 - n] : t[n]) == (fromEnd ? all[0][all[0].Length - 1 - n] : all[0][n])))
        {
            n++;
        }

        return fromEnd ? all[0][(all[0].Length - n)..] : all[0][..n];
    }
}
