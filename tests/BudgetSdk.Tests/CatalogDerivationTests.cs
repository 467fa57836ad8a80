using BudgetSdk.Codes;

namespace BudgetSdk.Tests;

/// <summary>
/// How a referencing project's generated code makes its editions: <see cref="CodeCatalog{TCode}.Derive"/> from a shipped
/// catalog, with entries replaced, removed and added. (Registering one is process-wide; the generator and package tests do
/// that in processes of their own.)
/// </summary>
public class CatalogDerivationTests
{
    private static readonly CodeCatalog<FunctionalCode> Shipped = FunctionalCode.Edition2024.Catalog;

    private static readonly CodeCatalog<FunctionalCode> Derived = Shipped.Derive(2025, 2024, entries =>
        {
            entries.Remove("2013999");
            entries.Replace("2010301", "行政运行（机关）", "renamed", ["行政运行"]);
            entries.Add("2170404", "中央金融机构注资特别国债支出", "财预〔2025〕41号", []);
        },
        [new CodeChange(CodeChangeKind.Add, "2170404", "中央金融机构注资特别国债支出", [])],
        ["财预〔2025〕41号"]);

    [Fact]
    public void A_derived_catalog_holds_the_base_codes_with_its_changes()
    {
        Derived.Edition.ShouldBe(2025);
        Derived.BasedOn.ShouldBe(2024);
        Derived.Count.ShouldBe(Shipped.Count);
        Derived.TryParse("2013999", out _).ShouldBeFalse();
        var added = Derived.Get("2170404");
        added.Edition.ShouldBe(2025);
        added.Parent.ShouldBeSameAs(Derived.Get("21704"));
        Derived.Get("21704").Children.ShouldContain(added);
        Derived.FindByName("行政运行").ShouldContain(Derived.Get("2010301"));
        Derived.Get("2010301").Notes.ShouldBe("renamed");
        Derived.Changes.ShouldHaveSingleItem().Code.ShouldBe("2170404");
    }

    [Fact]
    public void The_base_catalog_is_not_changed()
    {
        _ = Derived.Count;
        Shipped.Get("2010301").Name.ShouldBe("行政运行");
        Shipped.TryParse("2170404", out _).ShouldBeFalse();
        Shipped.Get("2013999").Edition.ShouldBe(2024);
        // Without registration the shipped edition list is what the schema ships.
        FunctionalCode.Editions.ShouldNotContain(2025);
    }

    [Fact]
    public void A_change_to_a_code_the_base_lacks_says_which()
    {
        var broken = Shipped.Derive(2025, 2024, entries => entries.Remove("2019998"), [], []);
        Should.Throw<KeyNotFoundException>(() => broken.Count).Message.ShouldContain("'2019998'");
    }
}
