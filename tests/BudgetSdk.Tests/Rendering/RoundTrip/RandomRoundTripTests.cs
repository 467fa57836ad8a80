using BudgetSdk.Import;
using BudgetSdk.Rendering;
using BudgetSdk.Tests.Rules;

namespace BudgetSdk.Tests.Rendering.RoundTrip;

/// <summary>
/// Random valid disclosures with every part a document prints (<see cref="RandomDisclosures.Complete"/>), written in
/// each format with a layout that varies by seed, then read back: what the importer reads is what was derived.
/// </summary>
public class RandomRoundTripTests
{
    public static TheoryData<int, TextFormat> Cases()
    {
        var data = new TheoryData<int, TextFormat>();
        foreach (var seed in Enumerable.Range(1, 30))
        {
            foreach (var format in Enum.GetValues<TextFormat>())
            {
                data.Add(seed, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Written_text_reads_back_as_derived(int seed, TextFormat format)
    {
        var disclosure = RandomDisclosures.Complete(seed).Build().GetOrThrow();
        RoundTripCheck.Differences(disclosure, format, Layout(seed, format)).ShouldBeEmpty($"seed {seed}");
    }

    // Page length, wrap widths and debris vary with the seed, so that no layout is the only one tried.
    private static TextLayoutOptions Layout(int seed, TextFormat format) => TextLayoutOptions.For(format) with
    {
        RowsPerPage = 5 + (seed % 4 * 7),
        WrapWidth = seed % 3 == 0 ? null : 5 + (seed % 5 * 3),
        ProseWidth = seed % 4 == 0 ? null : 24 + (seed % 3 * 16),
        PageNumbers = seed % 2 == 0,
        Bookmarks = seed % 3 == 1,
        MarkdownBold = seed % 5 == 2,
        ThousandsSeparators = seed % 5 == 4,
    };
}
