using BudgetSdk.Codes;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Check 0, before the others: a code row whose code the list in force does not have (a 类 cell printed 7 for 210, so the
/// 项 事业单位医疗 reads 71102). When the label names one code of the list whose last digits are the printed ones, that is the
/// code meant: an error that says so, and the other checks run on the document with it, so one misprint is one finding and
/// not also a broken 款 sum and a broken identity. Any other unknown code is a warning, as the shipped lists are not
/// complete. Only a list actually in force is asked (a document older than every edition may print codes retired since).
/// </summary>
internal static class MisprintedCodes
{
    // The 款 and 项 digits a misprint keeps (7 11 02 keeps 1102 of 2101102).
    private const int KeptDigits = 4;

    /// <summary>The document with each misprinted code that names one code replaced by it; a finding for every unknown code.</summary>
    public static FormDocument Correct(FormDocument document, List<Finding> findings)
    {
        var tables = document.Tables.Select(t => t with { Sides = t.Sides.Select(s => Correct(document, t, s, findings)).ToArray() }).ToArray();
        return document with { Tables = tables };
    }

    private static PrintedSide Correct(FormDocument document, PrintedFormTable table, PrintedSide side, List<Finding> findings)
    {
        if (document.Form.Table(table.TableId)?.Side(side.SideId)?.Rows is not { Source: RowSource.Codes, ClassLabels: null } rows
            || Catalog(rows.CodeSystem, document.Header.Year) is not { } catalog)
        {
            return side;
        }

        var corrected = side.Rows.ToArray();
        for (var i = 0; i < corrected.Length; i++)
        {
            var row = corrected[i];
            if (row.Kind != PrintedRowKind.Code || !row.Id.All(char.IsAsciiDigit) || catalog.Names(row.Id) is not null)
            {
                continue;
            }

            var meant = catalog.Meant(row.Id, row.Label);
            var location = FindingText.Location(table.TableId, side.SideId, row.Id, "code");
            var message = $"code {row.Id} ({row.Label}) is not in the {catalog.Edition} {catalog.Title}"
                + (meant is null ? " (the shipped list may lack it: schema/README.md says what is missing)" : $"; {row.Label} is {meant}, whose last digits are the printed ones (a misprinted 类 cell)");
            // The shipped lists are not complete (schema/README.md): a code they lack is only a warning, unless its label
            // names the code meant.
            findings.Add(FindingText.Of(FormRules.UnknownCode, location, row.Id, meant, message, row.Line, meant is null ? Severity.Warning : null));
            if (meant is not null)
            {
                corrected[i] = row with { Id = meant };
            }
        }

        return side with { Rows = corrected };
    }

    // The list of the year's edition, when one is in force in that year.
    private static CodeList? Catalog(RowCodeSystem system, int year) => system switch
    {
        RowCodeSystem.Functional => InForce(EditionInForce.Functional(year), year),
        RowCodeSystem.DepartmentEconomic => InForce(EditionInForce.DepartmentEconomic(year), year),
        _ => null,
    };

    private static CodeList? InForce<TCode>(CodeCatalog<TCode>? catalog, int year)
        where TCode : ClassificationCode<TCode>
        => catalog is null || catalog.Edition > year ? null
            : new CodeList(catalog.Edition, catalog.CodeSystem.Title, c => catalog.TryParse(c, out var x) ? x.Name : null,
                (code, label) => Unique(catalog.FindByName(label).Select(c => c.Code), code));

    private static string? Unique(IEnumerable<string> named, string printed)
    {
        var tail = printed.Length > KeptDigits ? printed[^KeptDigits..] : printed;
        var candidates = named.Where(c => c.Length > printed.Length && c.EndsWith(tail, StringComparison.Ordinal)).Distinct().ToArray();
        return candidates.Length == 1 ? candidates[0] : null;
    }

    private sealed record CodeList(int Edition, string Title, Func<string, string?> Names, Func<string, string, string?> Meant);
}
