using System.Globalization;

namespace BudgetSdk.Rendering.Document;

/// <summary>How cells print: amounts with two decimals and zero blank, as the published tables print them.</summary>
internal static class PrintedCells
{
    /// <summary>An amount in 万元: blank for zero, else two decimals.</summary>
    public static string Amount(decimal value) => TableText.Amount(value);

    /// <summary>A quantity (数量, 平方米): blank for zero, else as few decimals as it has.</summary>
    public static string Quantity(decimal value) => value == 0m ? string.Empty : value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>An amount the prose quotes: the narrative prints zero as 0.00, unlike the tables.</summary>
    public static string Quoted(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A whole number as text.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
