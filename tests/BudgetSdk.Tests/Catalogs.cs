using BudgetSdk.Codes;

namespace BudgetSdk.Tests;

/// <summary>Every catalog of the schema (three code systems × two editions), for tests that check each one.</summary>
public static class Catalogs
{
    /// <summary>The code system type names.</summary>
    public static readonly string[] Systems = [nameof(FunctionalCode), nameof(DepartmentEconomicCode), nameof(GovernmentEconomicCode)];

    /// <summary>The editions the schema declares.</summary>
    public static readonly int[] Editions = [2023, 2024];

    /// <summary>(system, edition) pairs for theories.</summary>
    public static TheoryData<string, int> All
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var system in Systems)
            {
                foreach (var edition in Editions)
                {
                    data.Add(system, edition);
                }
            }

            return data;
        }
    }

    /// <summary>Calls the visitor with the catalog of a code system and edition, whatever its code type.</summary>
    public static void Visit(string system, int edition, ICatalogVisitor visitor)
    {
        switch (system)
        {
            case nameof(FunctionalCode):
                visitor.Visit(FunctionalCode.ForEdition(edition));
                break;
            case nameof(DepartmentEconomicCode):
                visitor.Visit(DepartmentEconomicCode.ForEdition(edition));
                break;
            case nameof(GovernmentEconomicCode):
                visitor.Visit(GovernmentEconomicCode.ForEdition(edition));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(system), system, "unknown code system");
        }
    }
}

/// <summary>Something done to a catalog of any code type.</summary>
public interface ICatalogVisitor
{
    /// <summary>Does it to <paramref name="catalog"/>.</summary>
    void Visit<TCode>(CodeCatalog<TCode> catalog)
        where TCode : ClassificationCode<TCode>;
}
