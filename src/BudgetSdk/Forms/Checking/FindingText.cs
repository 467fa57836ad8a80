using System.Globalization;
using BudgetSdk.Amounts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>How form findings write amounts and locations, so every check says them the same way.</summary>
internal static class FindingText
{
    /// <summary>An amount at a number of decimals (<c>87.36</c>), invariant culture.</summary>
    public static string Amount(decimal value, int decimals)
        => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A printed cell (<c>blank</c> for none).</summary>
    public static string Cell(decimal? value, int decimals) => value is { } v ? Amount(v, decimals) : "blank";

    /// <summary>The unit's printed name.</summary>
    public static string Unit(MoneyUnit unit) => unit == MoneyUnit.Yuan ? "元" : "万元";

    /// <summary><c>t3/2080506/total</c>, or <c>t1.income/total/amount</c> for a side of a table with several.</summary>
    public static string Location(string table, string side, string row, string column)
        => (side == FormCellRef.MainSide ? table : $"{table}.{side}") + $"/{row}/{column}";

    /// <summary><c>narrative:line 98</c>.</summary>
    public static string Narrative(int line) => $"narrative:line {line.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A finding of a rule, at its own severity unless told.</summary>
    public static Finding Of(Rule rule, string location, string? printed, string? expected, string message, int? line, Severity? severity = null)
        => new(rule.Id, severity ?? rule.Severity, location, printed, expected, message) { Line = line };
}
