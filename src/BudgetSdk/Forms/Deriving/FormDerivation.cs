using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Deriving;

/// <summary>
/// Derives a region's printed tables (a <see cref="FormDocument"/>) from a department's facts through the form's
/// <see cref="FactSelector"/>s: the 表样 as data decides the rows, columns, totals and units, nothing here is region-specific.
/// </summary>
/// <remarks>
/// Amounts are rounded once, fact by fact, to each table's unit and decimals (largest remainder, see
/// <see cref="Apportionment"/>), and every cell is a sum of those rounded facts; a column or line that the form declares as a
/// sum (合计) is computed as the sum of its parts. So every sum the form declares — within a table and across tables — holds
/// in the printed figures. The narrative's quotes and changes are not derived (they are empty): the form's quote patterns
/// describe how a text quotes a cell, not the text itself.
/// </remarks>
public static class FormDerivation
{
    /// <summary>Derives every table of the form from the facts.</summary>
    /// <param name="facts">The department's facts (checked by the builder's rules, see <see cref="FormBuild"/>).</param>
    /// <param name="form">The region's form.</param>
    /// <param name="kind">The document kind id of <see cref="FormTemplate.Kinds"/>: <c>department</c> (部门) or <c>unit</c>.</param>
    /// <param name="midpoint">How a group total rounds a half step (四舍五入 by default).</param>
    /// <exception cref="ArgumentException">The form has no document kind <paramref name="kind"/>.</exception>
    public static FormDocument Derive(DisclosureFacts facts, FormTemplate form, string kind = "department", MidpointRounding midpoint = MidpointRounding.AwayFromZero)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(form);
        var documentKind = form.Kinds.FirstOrDefault(k => k.Id == kind)
            ?? throw new ArgumentException($"the form {form.Id} prints no document kind '{kind}'; expected one of {string.Join(", ", form.Kinds.Select(k => k.Id))}", nameof(kind));
        var year = facts.Header.Year;
        var kindLabel = documentKind.Labels[0];
        var atoms = new Dictionary<(MoneyUnit, int), FormAtoms>();
        var tables = new List<PrintedFormTable>();
        foreach (var table in form.Tables)
        {
            if (!atoms.TryGetValue((table.Unit, table.Decimals), out var rounded))
            {
                rounded = FormAtoms.Round(facts, table.Unit, table.Decimals, midpoint);
                atoms[(table.Unit, table.Decimals)] = rounded;
            }

            var sides = table.Sides.Select(s => new SideDerivation(table, s, rounded, facts, kind).Derive()).ToArray();
            var printed = new PrintedFormTable(table.Id, Fill(table.Titles[0], year, kindLabel), table.Unit, sides, null, 0);
            if (printed.IsEmpty && table.EmptyNote is { } note)
            {
                printed = printed with { Note = new PrintedNote(Fill(note, year, kindLabel), 0) };
            }

            tables.Add(printed);
        }

        var header = new PrintedHeader(facts.Header.DepartmentName, year, facts.Header.RegionCode, kind)
        {
            DepartmentCode = form.Header.DepartmentCode && facts.Header.DepartmentCode is { Length: > 0 } code ? code : null,
        };
        return new FormDocument(form, header, tables, Array.Empty<FormQuote>(), Array.Empty<FormChange>());
    }

    /// <summary>Fills a title's or note's <c>{year}</c> and <c>{kind}</c>.</summary>
    internal static string Fill(string text, int year, string kindLabel)
        => text.Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{kind}", kindLabel, StringComparison.Ordinal);
}
