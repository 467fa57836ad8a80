namespace BudgetSdk.Regions;

/// <summary>
/// The division codes embedded in the assembly (Regions/Data, provenance in its README.md), parsed once: by code, and
/// by name for every name a text can print (the 市辖区 / 县 groups of a 直辖市 and the 省直辖县级行政区划 groups are
/// codes, not names).
/// </summary>
internal sealed class DivisionTable
{
    private static readonly HashSet<string> GroupNames = new(StringComparer.Ordinal) { "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划" };

    private DivisionTable(IReadOnlyList<AdministrativeDivision> all)
    {
        All = all;
        ByCode = all.ToDictionary(d => d.Code, StringComparer.Ordinal);
        ByName = all.Where(d => !GroupNames.Contains(d.Name))
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AdministrativeDivision>)g.ToArray(), StringComparer.Ordinal);
        foreach (var name in ByName.Keys.Where(n => n.Length >= 2))
        {
            var start = (name[0], name[1]);
            LongestFrom[start] = Math.Max(LongestFrom.GetValueOrDefault(start), name.Length);
        }
    }

    /// <summary>Every division: provinces, then prefectures, then counties, each in code order.</summary>
    public IReadOnlyList<AdministrativeDivision> All { get; }

    public Dictionary<string, AdministrativeDivision> ByCode { get; }

    public Dictionary<string, IReadOnlyList<AdministrativeDivision>> ByName { get; }

    /// <summary>The longest name starting with two characters: a text is only looked up where a name can start.</summary>
    public Dictionary<(char, char), int> LongestFrom { get; } = new();

    public static DivisionTable Load()
    {
        var all = new List<AdministrativeDivision>();
        all.AddRange(Read("provinces.csv", DivisionLevel.Province, "0000"));
        all.AddRange(Read("cities.csv", DivisionLevel.Prefecture, "00"));
        // A prefecture without counties (东莞市 4419) is listed again as its own county (441900): one division, kept once.
        var prefectures = all.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        all.AddRange(Read("areas.csv", DivisionLevel.County, string.Empty).Where(d => !prefectures.Contains(d.Code)));
        return new DivisionTable(all);
    }

    // Rows are `code,"name",…`: names hold no comma or quote, so a split is the whole CSV grammar these files use.
    private static IEnumerable<AdministrativeDivision> Read(string file, DivisionLevel level, string padding)
    {
        var resource = "BudgetSdk.Regions." + file;
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the embedded resource {resource} is missing from BudgetSdk");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = new List<AdministrativeDivision>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                var fields = line.Split(',');
                rows.Add(new AdministrativeDivision(fields[0] + padding, fields[1].Trim('"'), level));
            }
        }

        return rows;
    }
}
