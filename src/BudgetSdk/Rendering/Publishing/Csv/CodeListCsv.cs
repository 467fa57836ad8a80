using System.Globalization;
using System.Text;
using BudgetSdk.Codes;

namespace BudgetSdk.Rendering.Publishing.Csv;

/// <summary>
/// A code list of one edition as CSV (RFC 4180, CRLF), for tools that share the model without .NET (SQL, Python): one
/// row per code in code order, with its name, its level (1 类, 2 款, 3 项), its parent's code and its aliases joined by
/// <c>|</c>.
/// </summary>
public static class CodeListCsv
{
    /// <summary>The header row's fields.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["code", "name", "level", "parent", "aliases"];

    /// <summary>The catalogue as CSV text, the header row first.</summary>
    /// <typeparam name="TCode">The code type of the list (<see cref="FunctionalCode"/>, <see cref="DepartmentEconomicCode"/> …).</typeparam>
    /// <param name="catalog">The edition's list.</param>
    public static string Write<TCode>(CodeCatalog<TCode> catalog)
        where TCode : ClassificationCode<TCode>
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        CsvText.AppendRecord(text, Columns);
        foreach (var code in catalog)
        {
            CsvText.AppendRecord(text, [
                code.Code,
                code.Name,
                ((int)code.Level).ToString(CultureInfo.InvariantCulture),
                code.Parent?.Code,
                string.Join("|", code.Aliases),
            ]);
        }

        return text.ToString();
    }
}
