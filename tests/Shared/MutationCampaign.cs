using System.Diagnostics;
using System.Globalization;
using System.Text;
using BudgetSdk.Audit;
using BudgetSdk.Import;

namespace BudgetSdk.Testing;

/// <summary>
/// A mutation campaign on the seed documents (docs/robustness.md): each run mutates one seed in one to three ways
/// (characters replaced, lines shuffled, pages duplicated, a long cell, tabs turned to <c>;</c>, digits of another
/// script, a number beyond <see cref="decimal"/>, lines cut …), imports, audits and builds its facts (as
/// <c>budget import</c> does) in-process twice — the second
/// time under another culture — and reports any exception other than <see cref="DisclosureImportException"/>, any
/// difference between the two runs, and any run over the time budget. Run <c>i</c> of campaign seed <c>s</c> is always
/// the same input, so a problem found is reproduced by its two numbers.
/// </summary>
internal static class MutationCampaign
{
    private static readonly string[] Cultures = ["de-DE", "ar-SA", "tr-TR", "zh-CN", "fr-FR"];

    private static readonly Func<Random, string, string>[] Mutations =
    [
        ReplaceCharacters, ShuffleLines, DuplicatePage, LongCell, TabsToSemicolons, OtherScriptDigits, HugeNumber, DeleteLines, Truncate,
    ];

    /// <summary>Runs the campaign and returns what it found (an empty list when nothing).</summary>
    /// <param name="seeds">The seed documents' texts.</param>
    /// <param name="runs">How many mutated documents to try.</param>
    /// <param name="campaignSeed">The random seed: the same number gives the same inputs.</param>
    /// <param name="budget">The longest a run (import and audit, twice) may take before it is reported.</param>
    /// <param name="log">Where to write one line per problem as it is found, or null.</param>
    public static CampaignResult Run(IReadOnlyList<string> seeds, int runs, int campaignSeed, TimeSpan budget, TextWriter? log = null)
    {
        var problems = new List<string>();
        var refused = 0;
        var slowest = TimeSpan.Zero;
        for (var run = 0; run < runs; run++)
        {
            var (text, description) = Mutate(seeds, campaignSeed, run);
            var clock = Stopwatch.StartNew();
            var first = Outcome(text, CultureInfo.InvariantCulture);
            var second = Outcome(text, CultureInfo.GetCultureInfo(Cultures[run % Cultures.Length]));
            clock.Stop();
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            refused += first.StartsWith("refused", StringComparison.Ordinal) ? 1 : 0;

            string? problem = null;
            if (first.StartsWith("unexpected", StringComparison.Ordinal))
            {
                problem = first;
            }
            else if (first != second)
            {
                problem = $"two runs differ: {Short(first)} / {Short(second)}";
            }
            else if (clock.Elapsed > budget)
            {
                problem = $"took {clock.Elapsed.TotalMilliseconds:F0} ms for {text.Length:N0} characters";
            }

            if (problem is not null)
            {
                var line = $"run {run} (seed {campaignSeed}; {description}): {problem}";
                problems.Add(line);
                log?.WriteLine(line);
            }
        }

        return new CampaignResult(runs, refused, slowest, problems);
    }

    /// <summary>The mutated text of one run, and what was done to it.</summary>
    public static (string Text, string Description) Mutate(IReadOnlyList<string> seeds, int campaignSeed, int run)
    {
        // Not HashCode.Combine: it is seeded per process, and a run must be the same input in every process.
        var random = new Random(unchecked((campaignSeed * 1_000_003) + run) & int.MaxValue);
        var seed = random.Next(seeds.Count);
        var text = seeds[seed];
        var done = new List<string> { $"document {seed}" };
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var mutation = Mutations[random.Next(Mutations.Length)];
            text = mutation(random, text);
            done.Add(mutation.Method.Name);
        }

        return (text, string.Join(", ", done));
    }

    // What a reader sees of one import and audit: the refusal, or the findings; anything else is unexpected.
    private static string Outcome(string text, CultureInfo culture)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            var published = DisclosureImporter.Read(text);
            var report = Auditor.Audit(published);
            var outcome = new StringBuilder($"read {published.Header}; {report.ErrorCount} errors, {report.WarningCount} warnings");
            foreach (var finding in report.Findings)
            {
                outcome.Append('\n').Append(finding).Append(" @").Append(finding.Line);
            }

            // What `budget import` does with it: the facts stated and built, or the problems that stop it.
            var built = PublishedFacts.Build(published);
            outcome.Append(built.Succeeded ? "\nbuilt" : "\nnot built").AppendJoin('\n', built.Problems);

            return outcome.ToString();
        }
        catch (DisclosureImportException e)
        {
            return "refused: " + e.Message;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"unexpected {e.GetType().Name}: {e.Message} {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }

    private static string Short(string outcome) => outcome.Length > 200 ? outcome[..200] + "…" : outcome;

    private static string[] Lines(string text) => text.Split('\n');

    private static (int Start, int Count) Range(Random random, int length, int most)
    {
        var start = random.Next(length);
        return (start, random.Next(1, Math.Max(2, Math.Min(most, length - start))));
    }

    private static string ReplaceCharacters(Random random, string text)
    {
        const string Palette = "0123456789.,%\t\n \"*-—/（）()：:、。一二三四合计万元２０．\u0660\u0661";
        var chars = text.ToCharArray();
        for (var k = random.Next(1, 20); k > 0; k--)
        {
            chars[random.Next(chars.Length)] = Palette[random.Next(Palette.Length)];
        }

        return new string(chars);
    }

    private static string ShuffleLines(Random random, string text)
    {
        var lines = Lines(text);
        var (start, count) = random.Next(4) == 0 ? (0, lines.Length) : Range(random, lines.Length, 60);
        var window = lines.AsSpan(start, count);
        random.Shuffle(window);
        return string.Join('\n', lines);
    }

    private static string DuplicatePage(Random random, string text)
    {
        var lines = Lines(text);
        var (start, count) = Range(random, lines.Length, 80);
        var page = string.Join('\n', lines, start, count);
        var copies = random.Next(2, 40);
        return string.Join('\n', lines.Take(start + count).Concat(Enumerable.Repeat(page, copies)).Concat(lines.Skip(start + count)));
    }

    private static string LongCell(Random random, string text)
    {
        const string Fillers = "%x0 中\t.";
        var at = random.Next(text.Length);
        var run = new string(Fillers[random.Next(Fillers.Length)], random.Next(1_000, 70_000));
        return string.Concat(text.AsSpan(0, at), run, text.AsSpan(at));
    }

    private static string TabsToSemicolons(Random random, string text) => text.Replace('\t', ';');

    private static string OtherScriptDigits(Random random, string text)
    {
        char[] zeros = ['０', '\u0660', '\u06F0', '\u0966'];
        var zero = zeros[random.Next(zeros.Length)];
        var lines = Lines(text);
        var (start, count) = Range(random, lines.Length, 200);
        for (var i = start; i < start + count; i++)
        {
            lines[i] = HostileInputs.OtherDigits(lines[i], zero);
        }

        return string.Join('\n', lines);
    }

    private static string HugeNumber(Random random, string text)
    {
        // A printed amount (digits, a point, two digits) somewhere after a random point becomes one beyond decimal.
        var from = random.Next(text.Length);
        for (var i = Math.Max(1, from); i + 3 < text.Length; i++)
        {
            if (text[i] == '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
            {
                var number = random.Next(2) == 0 ? HostileInputs.DecimalMax : HostileInputs.BeyondDecimal;
                return string.Concat(text.AsSpan(0, i), number, text.AsSpan(i));
            }
        }

        return text;
    }

    private static string DeleteLines(Random random, string text)
    {
        var lines = Lines(text).ToList();
        var (start, count) = Range(random, lines.Count, 40);
        lines.RemoveRange(start, count);
        return string.Join('\n', lines);
    }

    private static string Truncate(Random random, string text) => text[..random.Next(1, text.Length)];
}

/// <summary>What a campaign found.</summary>
/// <param name="Runs">How many mutated documents were tried.</param>
/// <param name="Refused">How many of them the importer refused (with a <see cref="DisclosureImportException"/>).</param>
/// <param name="Slowest">The longest run (import and audit, twice).</param>
/// <param name="Problems">One line per problem: an unexpected exception, two runs that differ, or a run over budget.</param>
internal sealed record CampaignResult(int Runs, int Refused, TimeSpan Slowest, IReadOnlyList<string> Problems);
