using BudgetSdk.Performance.Values;

namespace BudgetSdk.Tests.Performance.Values;

/// <summary>One line of IndicatorValueCorpus.tsv: a distinct 指标值 of the seeds, the kind it must parse as, and where it is printed.</summary>
/// <param name="Value">The value exactly as printed.</param>
/// <param name="Kind">The kind it must parse as.</param>
/// <param name="Count">How many grid cells of the seeds print it.</param>
/// <param name="Places">Where: seed id and 1-based line, e.g. 001:963.</param>
public sealed record CorpusValue(string Value, IndicatorValueKind Kind, int Count, IReadOnlyList<(string Seed, int Line)> Places)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Loads the corpus of real 指标值 (provenance in the file's header).</summary>
public static class IndicatorValueCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusValue>> Lazy = new(Load);

    /// <summary>Every corpus value, in file order.</summary>
    public static IReadOnlyList<CorpusValue> Values => Lazy.Value;

    /// <summary>The values as xUnit theory data.</summary>
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var value in Values)
        {
            data.Add(value.Value);
        }

        return data;
    }

    private static IReadOnlyList<CorpusValue> Load()
    {
        var path = Path.Combine(Seeds.RepositoryRoot, "tests", "BudgetSdk.Tests", "Performance", "Values", "IndicatorValueCorpus.tsv");
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new CorpusValue(
                cells[0],
                Enum.Parse<IndicatorValueKind>(cells[1]),
                int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture),
                cells[3].Split(' ').Select(place => place.Split(':')).Select(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray()))
            .ToArray();
    }
}
