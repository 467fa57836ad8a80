using BudgetSdk.Codes;

namespace BudgetSdk.Serialization.Reading;

/// <summary>The "expected …" half of error messages that several readers share.</summary>
internal static class Expect
{
    public const string Text = "a string";
    public const string TextOrNull = "a string or null";
    public const string Flag = "true or false";
    public const string Count = "a whole number, e.g. 2";
    public const string Number = "a number, e.g. 1200.5";
    public const string Percent = "a cumulative percentage as a number, e.g. 50";
    public const string Amount = JsonAmounts.AmountExpected;

    public static string Functional(EditionCodes codes) => Code(codes.Functional, "2010301");

    public static string Economic(EditionCodes codes) => Code(codes.Economic, "30101");

    private static string Code<TCode>(CodeCatalog<TCode> catalog, string example)
        where TCode : ClassificationCode<TCode>
        => $"a code of {catalog.CodeSystem.Title} edition {catalog.Edition} as a string, e.g. \"{example}\"";
}

/// <summary>The code lists of the document's edition: every code in a document is read in them.</summary>
/// <param name="Functional">支出功能分类 of the edition.</param>
/// <param name="Economic">部门预算支出经济分类 of the edition.</param>
internal sealed record EditionCodes(CodeCatalog<FunctionalCode> Functional, CodeCatalog<DepartmentEconomicCode> Economic)
{
    public static EditionCodes Of(int edition) => new(FunctionalCode.ForEdition(edition), DepartmentEconomicCode.ForEdition(edition));
}

/// <summary>Reads one value at the cursor; lets arrays share one loop.</summary>
internal delegate T ItemReader<out T>(ref JsonCursor cursor);
