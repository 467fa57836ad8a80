namespace BudgetSdk.Codes;

/// <summary>
/// Which edition of a code list a document of a budget year is read by: the newest edition no later than the year (a list
/// stays in force until the next one), and for a year older than every edition the schema ships, the oldest (the codes
/// of 2017–2022 are mostly the same; their older names are that edition's aliases, 文化体育与传媒支出 for 207).
/// </summary>
internal static class EditionInForce
{
    /// <summary>The edition in force for a year among editions listed oldest first, or null when there are none.</summary>
    public static int? Of(IReadOnlyList<int> editions, int year)
    {
        int? inForce = null;
        foreach (var edition in editions)
        {
            if (edition <= year || inForce is null)
            {
                inForce = edition;
            }
        }

        return inForce;
    }

    /// <summary>The 支出功能分类 list a document of the year is read by.</summary>
    public static CodeCatalog<FunctionalCode>? Functional(int year)
        => Of(FunctionalCode.Editions, year) is { } edition && FunctionalCode.TryGetEdition(edition, out var catalog) ? catalog : null;

    /// <summary>The 部门预算支出经济分类 list a document of the year is read by.</summary>
    public static CodeCatalog<DepartmentEconomicCode>? DepartmentEconomic(int year)
        => Of(DepartmentEconomicCode.Editions, year) is { } edition && DepartmentEconomicCode.TryGetEdition(edition, out var catalog) ? catalog : null;
}
