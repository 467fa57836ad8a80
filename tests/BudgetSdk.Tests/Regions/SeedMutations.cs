namespace BudgetSdk.Tests.Regions;

/// <summary>Seed texts changed in one way each, for the region and header rules.</summary>
public static class SeedMutations
{
    /// <summary>The seed's text.</summary>
    public static string Original(string seed) => File.ReadAllText(Seeds.PathOf(seed));

    /// <summary>The seed without any line that holds 项目编码, so that no project code gives the region.</summary>
    public static string WithoutProjectCodes(string seed)
        => string.Join('\n', Original(seed).Split('\n').Where(l => !l.Contains("项目编码", StringComparison.Ordinal)));

    /// <summary>Every tab turned to <c>;</c>, as a converter that knows no tabs leaves the text.</summary>
    public static string TabsAsSemicolons(string seed) => Original(seed).Replace('\t', ';');

    /// <summary>Every line in an order shuffled with a fixed seed (the same order on every run).</summary>
    public static string LinesShuffled(string seed)
    {
        var lines = Original(seed).Split('\n');
        new Random(42).Shuffle(lines);
        return string.Join('\n', lines);
    }
}
