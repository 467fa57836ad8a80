using BudgetSdk.Codes;
using BudgetSdk.Rendering.Publishing.Csv;
using BudgetSdk.Serialization;

namespace BudgetSdk.Cli;

/// <summary><c>budget schema export</c>: a code list of the shipped schema, or the JSON Schema of a JSON format, for tools outside .NET.</summary>
internal static class SchemaCommand
{
    /// <summary>The formats <c>--format</c> takes.</summary>
    public static readonly string[] Formats = ["csv", "json-schema"];

    /// <summary>The code systems <c>--system</c> takes, by their schema ids.</summary>
    public static readonly string[] Systems = ["functional", "economic-department", "economic-government"];

    /// <summary>The JSON formats <c>--document</c> takes.</summary>
    public static readonly string[] Documents = ["disclosure", "form-facts"];

    /// <summary>
    /// Writes a system's code list (<c>csv</c>: the newest edition when none is named) or a JSON format's schema
    /// (<c>json-schema</c>: the disclosure JSON when none is named) to the file or to stdout. The options of one format
    /// given with the other are refused rather than ignored.
    /// </summary>
    public static int Export(string format, string? document, string? system, int? edition, string? output, TextWriter stdout)
    {
        var file = output is null ? null : OutputFile.For(output, string.Empty);
        var text = format == "json-schema" ? JsonSchema(document, system, edition) : CodeList(document, system, edition);
        if (file is null)
        {
            stdout.Write(text);
        }
        else
        {
            file.Write(text);
        }

        return ExitCodes.Ok;
    }

    private static string JsonSchema(string? document, string? system, int? edition)
    {
        if (system is not null || edition is not null)
        {
            throw new InputException("--system and --edition choose a code list (--format csv); the JSON Schema covers every edition");
        }

        return DisclosureJsonSchema.Write(document == "form-facts" ? JsonFormat.FormFacts : JsonFormat.Disclosure);
    }

    private static string CodeList(string? document, string? system, int? edition)
    {
        if (document is not null)
        {
            throw new InputException("--document chooses the JSON format of --format json-schema; a code list is chosen by --system");
        }

        return system switch
        {
            "economic-department" => CodeListCsv.Write(Pick(DepartmentEconomicCode.Editions, DepartmentEconomicCode.ForEdition, edition, DepartmentEconomicCode.CodeSystem.Title)),
            "economic-government" => CodeListCsv.Write(Pick(GovernmentEconomicCode.Editions, GovernmentEconomicCode.ForEdition, edition, GovernmentEconomicCode.CodeSystem.Title)),
            _ => CodeListCsv.Write(Pick(FunctionalCode.Editions, FunctionalCode.ForEdition, edition, FunctionalCode.CodeSystem.Title)),
        };
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
