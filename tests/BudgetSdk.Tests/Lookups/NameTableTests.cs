using BudgetSdk.Codes;
using BudgetSdk.Text;

namespace BudgetSdk.Tests.Lookups;

/// <summary>
/// Lookups by name, exhaustively: every official name and alias of every catalog, as printed, in normal form and
/// respelled (bracket widths swapped, wrapping white space), finds exactly the codes whose names have the same normal form, in code order, from a string and from a span; and without allocating.
/// </summary>
public class NameTableTests
{
    public static TheoryData<string, int> AllCatalogs => Catalogs.All;

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Every_name_in_every_spelling_finds_the_codes_so_named(string system, int edition)
        => Catalogs.Visit(system, edition, new EveryName());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Names_a_character_off_find_what_their_normal_forms_name(string system, int edition)
        => Catalogs.Visit(system, edition, new NearNames());

    [Fact]
    public void The_characters_normalisation_changes_are_exactly_those_it_maps_or_drops()
    {
        // Map leaves '\0' as it is, and Normalize drops what maps to '\0': so '\0' is dropped too.
        var wrong = Enumerable.Range(0, char.MaxValue + 1)
            .Select(i => (char)i)
            .Where(c => (OfficialNames.Map(c) != c || OfficialNames.Map(c) == '\0') != OfficialNames.Changing.Contains(c))
            .Select(c => $"U+{(int)c:X4}")
            .ToList();
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Comparing_as_it_goes_agrees_with_comparing_normal_forms()
    {
        // Seeded, so a failure repeats; the alphabet mixes characters kept, mapped and dropped.
        var random = new Random(13);
        const string alphabet = "行政运行（）()【】[]［］　 \t\r\n\u00A0\0a";
        string Draw() => new(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (var i = 0; i < 20_000; i++)
        {
            var (a, b) = (Draw(), Draw());
            OfficialNames.Same(a, b).ShouldBe(OfficialNames.Normalize(a) == OfficialNames.Normalize(b), $"'{a}' / '{b}'");
            var buffer = new char[a.Length];
            new string(buffer, 0, OfficialNames.Normalize(a.AsSpan(), buffer)).ShouldBe(OfficialNames.Normalize(a));
        }
    }

    [Fact]
    public void A_normal_form_that_does_not_fit_the_buffer_is_reported()
        => OfficialNames.Normalize("行政运行".AsSpan(), new char[3]).ShouldBe(-1);

    [Fact]
    public void A_name_longer_than_every_name_finds_nothing_and_white_space_alone_finds_nothing()
    {
        FunctionalCode.Latest.FindByName(string.Concat(Enumerable.Repeat("行政运行", 100))).ShouldBeEmpty();
        FunctionalCode.Latest.FindByName("行政运行" + new string(' ', 1000)).ShouldBe(FunctionalCode.Latest.FindByName("行政运行"));
        FunctionalCode.Latest.FindByName(" \u3000 ").ShouldBeEmpty();
        FunctionalCode.Latest.FindByName(string.Empty).ShouldBeEmpty();
        FunctionalCode.Latest.FindByName(ReadOnlySpan<char>.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void Lookups_by_name_allocate_nothing_whatever_the_spelling()
    {
        var catalog = FunctionalCode.Edition2024.Catalog;
        var names = catalog.Select(c => c.Name)
            .Concat(["政府办公厅(室)及相关机构事务", "政府办公厅 （室） 及相关\n机构事务", "不存在的科目", "不存在 的科目"])
            .ToArray();
        Lookup(catalog, names);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Lookup(catalog, names);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        found.ShouldBeGreaterThan(catalog.Count);
        allocated.ShouldBe(0);
    }

    private static int Lookup(CodeCatalog<FunctionalCode> catalog, string[] names)
    {
        var found = 0;
        foreach (var name in names)
        {
            found += catalog.FindByName(name).Count;
            found += catalog.FindByName(name.AsSpan()).Count > 0 ? 1 : 0;
            found += catalog[0].IsNamed(name) ? 1 : 0;
        }

        return found;
    }

    /// <summary>Spellings a printed document may use for a name that are the same name.</summary>
    private static IEnumerable<string> Spellings(string name)
    {
        yield return name;
        yield return OfficialNames.Normalize(name);
        yield return name.Replace('（', '(').Replace('）', ')');
        yield return name.Replace('(', '（').Replace(')', '）');
        yield return string.Join(" ", name.ToCharArray());
        yield return $"\u3000{name}\n";
        if (name.Length > 2)
        {
            yield return name.Insert(name.Length / 2, "\r\n");
        }
    }

    /// <summary>The codes of each normal form, found the plain way (as the catalog did before its name table).</summary>
    private static Dictionary<string, TCode[]> Oracle<TCode>(CodeCatalog<TCode> catalog)
        where TCode : ClassificationCode<TCode>
        => catalog.SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => (Normal: OfficialNames.Normalize(n), Code: c)))
            .GroupBy(p => p.Normal, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Code).Distinct().ToArray(), StringComparer.Ordinal);

    private static void ShouldFindAsOracleDoes<TCode>(CodeCatalog<TCode> catalog, Dictionary<string, TCode[]> oracle, string name, List<string> wrong)
        where TCode : ClassificationCode<TCode>
    {
        var expected = oracle.GetValueOrDefault(OfficialNames.Normalize(name), []);
        var fromString = catalog.FindByName(name);
        var fromSpan = catalog.FindByName($"«{name}»".AsSpan(1, name.Length));
        if (!fromString.SequenceEqual(expected) || !fromSpan.SequenceEqual(expected))
        {
            wrong.Add($"'{name}': {fromString.Count} found, {expected.Length} expected");
        }
    }

    private sealed class EveryName : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var wrong = new List<string>();
            var oracle = Oracle(catalog);
            var names = catalog.SelectMany(c => c.Aliases.Prepend(c.Name)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var name in names)
            {
                // Every code so named says so itself, and no code the lookup finds says otherwise.
                var found = catalog.FindByName(name);
                if (found.Count == 0 || !found.All(c => c.IsNamed(name)) || !oracle[OfficialNames.Normalize(name)].SequenceEqual(found))
                {
                    wrong.Add($"'{name}'");
                }

                foreach (var spelling in Spellings(name))
                {
                    ShouldFindAsOracleDoes(catalog, oracle, spelling, wrong);
                }
            }

            wrong.ShouldBeEmpty(catalog.ToString());
            names.Count.ShouldBeGreaterThan(0);
        }
    }

    private sealed class NearNames : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var wrong = new List<string>();
            var oracle = Oracle(catalog);
            foreach (var name in catalog.Select(c => c.Name).Distinct(StringComparer.Ordinal))
            {
                foreach (var near in new[] { name[..^1], name + "x", "x" + name, name + "支出", name.Replace(name[0], '某') })
                {
                    ShouldFindAsOracleDoes(catalog, oracle, near, wrong);
                }
            }

            wrong.ShouldBeEmpty(catalog.ToString());
        }
    }
}
