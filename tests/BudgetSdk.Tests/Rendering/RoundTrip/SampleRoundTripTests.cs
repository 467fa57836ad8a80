using BudgetSdk.Import;
using BudgetSdk.Rendering;
using BudgetSdk.Samples;
using BudgetSdk.Tests.Disclosures;
using BudgetSdk.Tests.Serialization;

namespace BudgetSdk.Tests.Rendering.RoundTrip;

/// <summary>
/// The sample disclosures (seed 000's and seed 002's facts, and the sample that uses every kind of fact) written in
/// each format and layout, then read back: every table, project and quoted figure comes back as derived.
/// </summary>
public class SampleRoundTripTests
{
    public static TheoryData<string, TextFormat, string> Cases()
    {
        var data = new TheoryData<string, TextFormat, string>();
        foreach (var sample in Samples.Keys)
        {
            foreach (var format in Enum.GetValues<TextFormat>())
            {
                foreach (var layout in Layouts.Keys)
                {
                    data.Add(sample, format, layout);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Written_text_reads_back_as_derived(string sample, TextFormat format, string layout)
    {
        var options = Layouts[layout](format);
        RoundTripCheck.Differences(Samples[sample].Value, format, options).ShouldBeEmpty();
    }

    private static readonly Dictionary<string, Lazy<Disclosure>> Samples = new()
    {
        ["Lulong2024"] = new(() => Lulong2024.Facts().Build().GetOrThrow()),
        ["Qinglong2024"] = new(() => Qinglong2024.InYuan().Build().GetOrThrow()),
        ["SampleDisclosure"] = new(() => SampleDisclosure.Build()),
    };

    // The seeds' own layouts, then short pages with every kind of debris, then long pages with narrow columns.
    private static readonly Dictionary<string, Func<TextFormat, TextLayoutOptions>> Layouts = new()
    {
        ["published"] = TextLayoutOptions.For,
        ["debris"] = f => TextLayoutOptions.For(f) with { RowsPerPage = 7, PageNumbers = true, Bookmarks = true, MarkdownBold = true, ThousandsSeparators = true },
        ["narrow"] = f => TextLayoutOptions.For(f) with { RowsPerPage = 40, WrapWidth = 6, ProseWidth = 30 },
    };
}
