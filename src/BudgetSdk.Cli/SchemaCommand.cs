using BudgetSdk.Codes;
using BudgetSdk.Rendering.Publishing.Csv;

namespace BudgetSdk.Cli;

/// <summary><c>budget schema export</c>: a code list of the shipped schema, for tools outside .NET.</summary>
internal static class SchemaCommand
{
    /// <summary>The formats <c>--format</c> takes.</summary>
    public static readonly string[] Formats = ["csv"];

    /// <summary>The code systems <c>--system</c> takes, by their schema ids.</summary>
    public static readonly string[] Systems = ["functional", "economic-department", "economic-government"];

    /// <summary>Writes the list of a system's edition (the newest when none is named) as CSV to the file or to stdout.</summary>
    public static int Export(string system, int? edition, string? output, TextWriter stdout)
    {
        var file = output is null ? null : OutputFile.For(output, string.Empty);
        var csv = system switch
        {
            "economic-department" => CodeListCsv.Write(Pick(DepartmentEconomicCode.Editions, DepartmentEconomicCode.ForEdition, edition, DepartmentEconomicCode.CodeSystem.Title)),
            "economic-government" => CodeListCsv.Write(Pick(GovernmentEconomicCode.Editions, GovernmentEconomicCode.ForEdition, edition, GovernmentEconomicCode.CodeSystem.Title)),
            _ => CodeListCsv.Write(Pick(FunctionalCode.Editions, FunctionalCode.ForEdition, edition, FunctionalCode.CodeSystem.Title)),
        };
        if (file is null)
        {
            stdout.Write(csv);
        }
        else
        {
            file.Write(csv);
        }

        return ExitCodes.Ok;
    }

    private static CodeCatalog<TCode> Pick<TCode>(IReadOnlyList<int> editions, Func<int, CodeCatalog<TCode>> get, int? edition, string title)
        where TCode : ClassificationCode<TCode>
    {
        if (editions.Count == 0)
        {
            throw new InputException($"the schema has no edition of {title}");
        }

        var year = edition ?? editions[^1];
        return editions.Contains(year)
            ? get(year)
            : throw new InputException($"the schema has no {year} edition of {title}; it has {string.Join(", ", editions)}");
    }
}
