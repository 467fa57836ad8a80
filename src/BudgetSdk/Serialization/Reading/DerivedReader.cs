using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Reading;

/// <summary>
/// Reads the derived data a document carries for consumers — tables and warnings — so that they can be compared
/// with what the facts give (<see cref="DerivedCheck"/>). Their shape is checked like any other part.
/// </summary>
internal static class DerivedReader
{
    private const string TableProperties = "id, title, note, columns, rows";
    private const string RowProperties = "code, label, expenseLabel, cells";
    private const string WarningProperties = "ruleId, severity, location, message, expected, actual";
    private const string CellExpected = "an amount in 万元 as a string, e.g. \"267.58\"";

    public static BudgetTable Table(ref JsonCursor c)
    {
        c.StartObject("a table: an object with " + TableProperties);
        TableId? id = null;
        string? title = null, note = null;
        IReadOnlyList<string>? columns = null;
        IReadOnlyList<TableRow>? rows = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "id": id = c.Enum(JsonNames.Table); break;
                case "title": title = c.String(Expect.Text); break;
                case "note": note = c.NullableString(Expect.TextOrNull); break;
                case "columns": columns = c.Strings(); break;
                case "rows": rows = c.Array("an array of rows", Row); break;
                default: throw c.Unknown(property, TableProperties);
            }
        }

        return new BudgetTable(
            c.Required(id, "id", JsonNames.Table.Expected),
            c.Required(title, "title", Expect.Text),
            c.Required(columns, "columns", "an array of strings"),
            c.Required(rows, "rows", "an array of rows"),
            note);
    }

    public static Problem Warning(ref JsonCursor c)
    {
        c.StartObject("a warning: an object with " + WarningProperties);
        string? ruleId = null, location = null, message = null, expected = null, actual = null;
        Severity? severity = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "ruleId": ruleId = c.String(Expect.Text); break;
                case "severity": severity = c.Enum(JsonNames.Severity); break;
                case "location": location = c.String(Expect.Text); break;
                case "message": message = c.String(Expect.Text); break;
                case "expected": expected = c.NullableString(Expect.TextOrNull); break;
                case "actual": actual = c.NullableString(Expect.TextOrNull); break;
                default: throw c.Unknown(property, WarningProperties);
            }
        }

        return new Problem(
            c.Required(ruleId, "ruleId", Expect.Text),
            c.Required(severity, "severity", JsonNames.Severity.Expected),
            c.Required(location, "location", Expect.Text),
            c.Required(message, "message", Expect.Text),
            expected,
            actual);
    }

    private static TableRow Row(ref JsonCursor c)
    {
        c.StartObject("a row: an object with " + RowProperties);
        string? code = null, label = null, expenseLabel = null;
        IReadOnlyList<decimal>? cells = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "code": code = c.NullableString(Expect.TextOrNull); break;
                case "label": label = c.String(Expect.Text); break;
                case "expenseLabel": expenseLabel = c.NullableString(Expect.TextOrNull); break;
                case "cells": cells = c.Array("an array of " + CellExpected, static (ref JsonCursor cell) => cell.DecimalString(CellExpected, negativeAllowed: true)); break;
                default: throw c.Unknown(property, RowProperties);
            }
        }

        return new TableRow(code, c.Required(label, "label", Expect.Text), c.Required(cells, "cells", "an array of " + CellExpected), expenseLabel);
    }
}
