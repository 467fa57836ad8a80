using BudgetSdk.Codes;

namespace BudgetSdk.Tests;

/// <summary>The hierarchy of every catalog is consistent: code order, parents by prefix, levels, leaves, name paths, roots.</summary>
public class HierarchyTests
{
    public static TheoryData<string, int> AllCatalogs => Catalogs.All;

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Catalog_has_the_requested_system_and_edition_and_is_not_empty(string system, int edition)
        => Catalogs.Visit(system, edition, new NonEmpty(system, edition));

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Codes_are_strictly_ascending(string system, int edition)
        => Catalogs.Visit(system, edition, new StrictlyAscending());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Each_code_below_a_class_has_its_prefix_as_parent_and_is_among_its_children(string system, int edition)
        => Catalogs.Visit(system, edition, new ParentsByPrefix());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Children_point_back_to_their_parent_in_code_order(string system, int edition)
        => Catalogs.Visit(system, edition, new ChildrenPointBack());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Level_follows_from_length(string system, int edition)
        => Catalogs.Visit(system, edition, new LevelsByLength());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void IsLeaf_means_no_children(string system, int edition)
        => Catalogs.Visit(system, edition, new Leaves());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void NamePath_runs_from_the_class_name_to_the_code_name(string system, int edition)
        => Catalogs.Visit(system, edition, new NamePaths());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Roots_are_exactly_the_classes(string system, int edition)
        => Catalogs.Visit(system, edition, new RootsAreClasses());

    [Fact]
    public void Economic_classes_are_the_documented_ones()
    {
        DepartmentEconomicCode.Latest.Roots.Select(c => c.Code)
            .ShouldBe(["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"]);
        GovernmentEconomicCode.Latest.Roots.ShouldAllBe(c => string.CompareOrdinal(c.Code, "501") >= 0 && string.CompareOrdinal(c.Code, "599") <= 0);
    }

    [Fact]
    public void Functional_item_has_the_documented_ancestry()
    {
        var item = FunctionalCode.Edition2024.Catalog.Get("2010301");

        item.Level.ShouldBe(CodeLevel.Item);
        item.Parent.ShouldNotBeNull().Code.ShouldBe("20103");
        item.Parent.Parent.ShouldNotBeNull().Code.ShouldBe("201");
        item.Parent.Parent.Parent.ShouldBeNull();
        item.Edition.ShouldBe(2024);
        item.Catalog.ShouldBeSameAs(FunctionalCode.Edition2024.Catalog);
    }

    private sealed class NonEmpty(string system, int edition) : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            catalog.Edition.ShouldBe(edition);
            catalog.Count.ShouldBeGreaterThan(0, $"{system} {edition}");
            catalog.ShouldAllBe(c => c.Edition == edition && ReferenceEquals(c.Catalog, catalog));
        }
    }

    private sealed class StrictlyAscending : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var codes = catalog.Select(c => c.Code).ToList();
            var disorder = codes.Zip(codes.Skip(1)).Where(p => string.CompareOrdinal(p.First, p.Second) >= 0).ToList();
            disorder.ShouldBeEmpty($"{catalog}: consecutive codes not strictly ascending");

            // Indexer and enumeration agree.
            Enumerable.Range(0, catalog.Count).Select(i => catalog[i].Code).ShouldBe(codes);
        }
    }

    private sealed class ParentsByPrefix : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var levels = catalog.CodeSystem.Levels;
            var problems = new List<string>();
            foreach (var code in catalog.Where(c => c.Level != CodeLevel.Class))
            {
                var prefix = code.Code[..levels[(int)code.Level - 2]];
                if (code.Parent is null)
                {
                    problems.Add($"{code}: no parent (expected {prefix})");
                }
                else if (code.Parent.Code != prefix || !catalog.TryParse(prefix, out var expected) || !ReferenceEquals(code.Parent, expected))
                {
                    problems.Add($"{code}: parent {code.Parent} (expected {prefix})");
                }
                else if (!code.Parent.Children.Contains(code))
                {
                    problems.Add($"{code}: not among the children of {code.Parent}");
                }
            }

            problems.ShouldBeEmpty(catalog.ToString());
        }
    }

    private sealed class ChildrenPointBack : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var problems = new List<string>();
            foreach (var code in catalog)
            {
                if (code.Children.Any(child => !ReferenceEquals(child.Parent, code) || (int)child.Level != (int)code.Level + 1))
                {
                    problems.Add($"{code}: a child does not point back or is not one level down");
                }

                var childCodes = code.Children.Select(c => c.Code).ToList();
                if (!childCodes.SequenceEqual(childCodes.Order(StringComparer.Ordinal)))
                {
                    problems.Add($"{code}: children not in code order");
                }
            }

            problems.ShouldBeEmpty(catalog.ToString());
            catalog.Sum(c => c.Children.Count).ShouldBe(catalog.Count - catalog.Roots.Count, $"{catalog}: every non-class code is exactly one code's child");
        }
    }

    private sealed class LevelsByLength : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var levels = catalog.CodeSystem.Levels;
            var wrong = catalog.Where(c => levels[(int)c.Level - 1] != c.Code.Length || !c.Code.All(char.IsAsciiDigit)).ToList();
            wrong.ShouldBeEmpty(catalog.ToString());
        }
    }

    private sealed class Leaves : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            catalog.Where(c => c.IsLeaf != (c.Children.Count == 0)).ShouldBeEmpty(catalog.ToString());
            catalog.Where(c => c.Level == (CodeLevel)catalog.CodeSystem.Levels.Count).ShouldAllBe(c => c.IsLeaf);
            catalog.ShouldContain(c => c.IsLeaf);
            catalog.ShouldContain(c => !c.IsLeaf);
        }
    }

    private sealed class NamePaths : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var problems = new List<string>();
            foreach (var code in catalog)
            {
                var path = code.NamePath;
                var root = catalog.Get(code.Code[..catalog.CodeSystem.Levels[0]]);
                if (path.Count != (int)code.Level || path[^1] != code.Name || path[0] != root.Name)
                {
                    problems.Add($"{code}: {string.Join(" › ", path)}");
                }
            }

            problems.ShouldBeEmpty(catalog.ToString());
        }
    }

    private sealed class RootsAreClasses : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            catalog.Roots.ShouldBe(catalog.Where(c => c.Level == CodeLevel.Class).ToList());
            catalog.Roots.ShouldAllBe(c => c.Parent == null && c.Code.Length == catalog.CodeSystem.Levels[0]);
            catalog.Roots.Count.ShouldBeGreaterThan(0);
        }
    }
}
